"""Spread of ``concepts.alien_letters`` on sentences written for this measurement (round 9 review).

Two sets, both written here and in no bank: English IT jargon and product-like words a service
desk's KB rarely writes (English spelling, words the KB may not use), and requests in languages
written in plain ASCII that the concept field does not list (Swahili, Basque, Hausa, Yoruba, Zulu,
Maori, Somali, Malagasy, Latvian and Estonian without their accents). Prints each set's share of
letter triples the KB's words lack (min, quartiles, max) against the evaluation KB (``../shared/eval/kb``),
so ``ALIEN_LETTERS`` can sit in the margin between them, and how many sentences of each set the
whole per-subject rule reads as another language. Run: ``python3 bench/suggest_letters.py``.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kbgen.suggest.concepts import (ALIEN_LETTERS, alien_letters, letter_triples, subject_words,  # noqa: E402
                                    written_in_another_language)

KB = ROOT.parent / "shared" / "eval" / "kb"

JARGON = """
kubelet evicts sidecar pods
terraform drift on staging vpc
grafana panel shows nan
kerberos ticket skew on jumphost
ldap bind times out
saml assertion clock skew
dkim selector rotation failed
spf softfail on newsletter relay
nginx upstream returns 502
haproxy backend flapping
postgres replica lag spikes
redis eviction storm overnight
kafka consumer rebalance loop
elasticsearch shard unassigned
jenkins agent offline again
gitlab runner cache corrupt
ansible playbook hangs on facts
powershell remoting denied
intune compliance stuck pending
autopilot enrolment loops
bitlocker recovery prompt loops
sccm deployment stalled
wsus approvals missing
hyperv checkpoint merge slow
vmware snapshot consolidation needed
citrix receiver blank tiles
rdp gateway handshake fails
teams webhook throttled
sharepoint webpart renders empty
onedrive sync conflicts pile up
outlook ost bloated
exchange mailbox quota warning
thunderbolt dock firmware flashing
usb hub brownout
nvme thermal throttling
raid rebuild degraded
smart errors on ssd
ups battery runtime low
wifi roaming sticky client
dhcp scope exhausted
dns resolver cache poisoned
ntp drift on controller
firewall nat hairpin broken
ipsec tunnel rekey drops
radius accounting duplicates
mfa push fatigue prompts
okta token rotation lag
jira webhook payload truncated
confluence macro renders blank
zabbix trigger flapping overnight
"""

FOREIGN = """
simu yangu haiwashi kabisa
barua pepe haifiki leo
kompyuta inakwama kila asubuhi
sijapata mshahara wangu mwezi huu
ordenagailua ez dabil gaur
inprimagailuak ez du inprimatzen
sarera ezin dut sartu bulegoan
pantaila beltza geratu zait
kwamfuta ta ba ta kunna ba
na manta kalmar sirrina
wayar tarho ta lalace
imel dina bai shigo ba
ero mi ko sise mo
mi o le wole si eto naa
foonu mi ti baje lana
ikhompyutha yami ayisebenzi
angikwazi ukungena ohlelweni
iphrinta ayiphrinti namuhla
kaore taku rorohiko e mahi ana
kua wareware ahau ki taku kupuhipa
kaore e taea te tuhi reta
kombiyuutarkaygu ma shaqeynayo
ma geli karo nidaamka
taleefankaygu wuu jabay shalay
tsy mandeha ny solosaina
hadinoko ny teny miafina
tsy afaka miditra aho
dators neiet jau otro dienu
nevaru pieslegties sistemai
aizmirsu savu paroli vakar
arvuti ei tootanud hommikust
ma ei saa sisse logida
printer ei tryki midagi
nie mozna wlaczyc drukarki dzisiaj
bilgisayarim acilmiyor sabahtan beri
yazici kagit sikismasi var
maykrop nahi chal raha hai
mera kampyutar band ho gaya
mujhe lagin nahi ho raha
komputer saya tidak menyala
tidak bisa masuk ke sistem
pencetak tidak mencetak hari ini
may tinh cua toi khong chay
khong the dang nhap he thong
hindi gumagana ang kompyuter ko
hindi ako makapasok sa sistema
kompjuteri yangu imeharibika jana
nimeshindwa kuingia kwenye mfumo
mashine ya kuchapisha imekwama
ezin dut pasahitza gogoratu
"""


def _kb_words() -> frozenset[str]:
    """The words of the KB's Markdown files, as coverage reads them (``concepts.subject_words``)."""
    return frozenset(w for path in sorted(KB.rglob("*.md")) for w in subject_words(path.read_text("utf-8")))


def _spread(name: str, lines: list[str], letters: frozenset[str]) -> list[float]:
    scores = sorted(alien_letters(subject_words(line), letters) for line in lines)
    q = statistics.quantiles(scores, n=4)
    print(f"{name:8} n={len(scores):3}  min {scores[0]:.3f}  q1 {q[0]:.3f}  median {q[1]:.3f}  "
          f"q3 {q[2]:.3f}  max {scores[-1]:.3f}")
    return scores


def main() -> None:
    if not KB.is_dir():
        sys.exit(f"skipped: no evaluation KB at {KB}")
    words = _kb_words()
    letters = letter_triples(words)
    print(f"KB: {len(words)} distinct words, {len(letters)} letter triples; ALIEN_LETTERS = {ALIEN_LETTERS}")
    jargon = _spread("jargon", [s for s in JARGON.strip().splitlines()], letters)
    foreign = _spread("foreign", [s for s in FOREIGN.strip().splitlines()], letters)
    print(f"margin: highest jargon {jargon[-1]:.3f}, lowest foreign {foreign[0]:.3f}; "
          f"jargon at or over the threshold {sum(s >= ALIEN_LETTERS for s in jargon)}, "
          f"foreign under it {sum(s < ALIEN_LETTERS for s in foreign)}")
    # the whole per-subject rule (function words, letters English does not write, the spelling),
    # each sentence alone: what a language spelt like English leaves unseen before the export's
    # own statistic (words_of_other_languages) spreads from the sentences it does see
    for name, text in (("jargon", JARGON), ("foreign", FOREIGN)):
        lines = text.strip().splitlines()
        shown = sum(written_in_another_language(line, words.__contains__, kb_letters=letters) for line in lines)
        print(f"{name:8} read as another language by the per-subject rule: {shown}/{len(lines)}")


if __name__ == "__main__":
    main()
