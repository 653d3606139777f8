"""SIXTEENTH HELD-OUT phrasing bank (v16): FROZEN. Written by a separate helper who never read kbgen's
rule code, before round 16's tuning; the tuners never see it; its aggregate figures are looked at
once, after the round's merge.

A fictional public library and archives service ("Ossbury-Mahiga Libraries and Records": a central
library, branch libraries abroad, a county record office with strongrooms, a digitisation studio, a
mobile-library van fleet, a returns sorting hall and a conservation workshop in the Netherlands,
Friesland, Luxembourg, Malta, the Western Cape, coastal Tanzania, Madagascar, Samoa and Central
Java) instead of any sector an earlier bank used. Its own systems (loans and patron accounts,
RFID self-service kiosks, an automated returns sorter, microfilm reader-scanners, search-room seat
booking, interlibrary loans, a book-cradle digitisation workflow, catalogue record imports and
strongroom climate loggers), staff numbers written "OMB" plus digits; the closure habits of one
more desk ("dupe of the earlier call", "patron only wanted directions", "referred to branch"), trial tickets
of other shapes, machine mail of shapes earlier banks did not use (Checkmk, Icinga, LibreNMS,
Uptime Kuma, cron mail, Backup Exec, RFID gate and sorter faults, strongroom humidity, out-of-office
replies in Dutch, West Frisian, Luxembourgish, Maltese, Afrikaans, Swahili, Malagasy and Samoan),
printer status of other shapes, real requests that LOOK machine-like (AV set-up requests with refs
and timestamps, donation intakes with box counts, van route changes, volunteer onboarding with a
name, exhibition loan forms), names of those languages and Javanese, generic password, lockout,
MFA and expiry requests spelt with in-house app names, abbreviations (pwd, p/w, passw, logon, 2FA,
TOTP) and those languages, covered device and network topics written the same way, and eight gap
topics whose words the evaluation KB lacks or uses in another sense (a "kiosk" lends books; a
"sorter" routes returns; a "booking" is a search-room seat; a "loan" is a book from another
library; a "record" is a catalogue entry; some gap subjects mention signing in although the
problem is not signing in). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a branch library, ``{line}`` a floor or bay number.
"""

ORG = "Ossbury-Mahiga Libraries and Records"
DOMAIN = "ossbury-mahiga.example.org"
START = "2030-09-02"
DAYS = 33
OUTLIER_DATES = ("1981-08-18 08:18:00", "2066-03-03 03:03:03", "2009-09-09 09:09:09", "1999-12-31 23:59:58",
                 "2087-05-21 14:41:00", "2012-02-29 02:29:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Geartsje Wopke Maaike Sietse Hylkje Wobbe Tsjitske Romke Gilles Fernande Loïc Mady Xandru Ċensina Ċikku
Marisa Wilhelmien Deon Elsabé Hennie Zuhura Juma-Amani Mwanaisha Shabani Hanitra Mamy Tahina Nirina Falaniko Leota Siaosi
Fetu Suparmi Wahyudi Sekar Bagus""".split()
LAST_NAMES = """Hoogeveen Vlietstra Dijkhuizen van der Werf-Hiemstra Wiersma Hoekstra Talsma Kremer Wagener Thill Weydert Xuereb-Mifsud
Grech-Attard Cachia Spiteri Camilleri-Bonnici Steenkamp Rossouw Swanepoel Kriel Mwinyi Salum Mohamedi Rakotobe Andrianaivo Rakotondramanana
Ranaivoson Tuiasosopo Fa'amausili Tuimavave Soewito Widodo Prasetyo Hadiwijaya""".split()

APPS = ["Uitleen360", "Selfbok", "Sortiva", "Mikrovu", "Zaalplan", "ILLbridge", "Digitra", "MARCwerk", "Klimalog",
        "Lenzlees"]
DEPTS = ["Lending Services", "Search Room", "Digitisation", "Cataloguing", "Conservation & Binding", "Mobile Library",
         "Returns Hall", "Outreach", "Records Management", "Finance"]
BUILDINGS = ["Central Library", "Record Office", "Returns Hall", "Scan Studio", "Van Depot", "Conservation Lab",
             "Strongroom Wing", "Junior Floor"]
PLANTS = ["Sneek branch", "Esch branch", "Mdina reading rooms", "Swellendam branch", "Bagamoyo branch",
          "Antsirabe branch", "Salelologa branch", "Klaten branch"]
PLANT_CODES = ["LWD", "ESH", "MDN", "SBS", "BGM", "ATS", "APA", "KLT"]
ID_PREFIXES = ["OMB", "OMV-", "LIB/"]
SENDERS = ["checkmk", "icinga", "librenms", "kuma", "backupexec", "bms-alarms"]
HOST_PARTS = ["lwd-kiosk", "esh-gate", "mdn-film", "stb-sorter", "bgm-sw", "ats-nas", "apa-ap", "klt-scan",
              "cen-esx", "ro-klima"]
SERVICES = ["LoanSync", "KioskHub", "SorterBridge", "FilmCapture", "SeatPlanner", "ILLConnector"]
JOBS = ["OVERDUE_NOTICES", "PATRON_PURGE", "MARC_NIGHTLY_LOAD", "SCAN_INGEST", "FINES_EXPORT", "HOLDS_SHELF_LIST"]
PRINTER_MODELS = ["Ricoh IM C3010", "Canon iR-ADV DX 4945i", "Lexmark MS832de", "Epson WF-C878RDWF",
                  "Zebra ZD421 receipt"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["dupe of the earlier call", "patron only wanted directions", "referred to branch", "see previous call", "-", "??",
                "n.a.", "...", "rang off before giving details", "nothing further heard", "resolved on its own", "timed out, no reply",
                "handled at the desk", "not for IT", "info only", "sent on to facilities", "went silent",
                "{LAST} // {FIRST}", "{FIRST}??", "phone {first} back when free", "{last} at front desk", "Gjin ûnderwerp",
                "Keen Sujet", "Bla suġġett", "Geen onderwerp nie", "Hakuna kichwa", "Tsy nisy lohahevitra", "Leai se ulutala",
                "z", "asdfjkl", "ok thx, done", "did it by phone", "patron withdrew request", "merged", "filed as change",
                "nfa"]
TESTS = ["pls ignore, test no {num}", "TESTING {num}{num} TESTING", "dummy call only", "routing check branch queue",
         "mail-in gateway test {num}", "practice ticket new agent", "inbound e-mail check", "verify only, close pls",
         "Selfbok webhook ping", "tset", "SLA stopwatch check", "t-e-s-t", "sample record for training {num}"]
ALERTS = [
    "[Checkmk] {host} - CRIT - Check_MK agent unreachable",
    "[Checkmk] {host} - OK - PING rta {num}.{num}ms lost 0%",
    "** PROBLEM Service Alert: {host}/disk C: is CRITICAL **",
    "** RECOVERY Host Alert: {host} is UP **",
    "LibreNMS: Device Down {host} (since {ts})",
    "[Uptime Kuma] [{svc}] [Down] connect ECONNREFUSED {host}:{num}{num}{num}",
    "Cron <root@{host}> /opt/jobs/{job}.sh",
    "Backup Exec Alert: Job Failed ({job}) on {host}",
    "Backup Exec Alert: Media Overwrite Protected - {host}",
    "RFID security gate {host} tamper alarm {ts}",
    "Sortiva bin {num}{num} full - returns halted ({ts})",
    "Strongroom {line} RH {pct}% above limit at {ts}",
    "Strongroom {line} temperature {num}{num}.{num} C out of band",
    "{job} completed with {num} errors on {host}",
    "TLS on {host}.{domain}: {num} days to expiry",
    "NAS {host} volume {num} degraded - drive {num} missing",
    "Afwezigheidsmelding: tot {date} niet aanwezig",
    "Automatysk antwurd: ôfwêzich oant {date}",
    "Automatesch Äntwert: net am Büro bis {date}",
    "Risposta awtomatika - mhux fl-uffiċċju qabel {date}",
    "Outomatiese antwoord: met verlof tot {date}",
    "Jibu la kiotomatiki: niko likizo hadi {date}",
    "Valiny mandeha ho azy: tsy eo aho mandra-pahatongan'ny {date}",
    "Tali otometi: ua ou alu malolo seia oo i le {date}",
]
PRINTER_STATUS = [
    "{model}: Black toner nearly exhausted",
    "Maintenance kit due soon on {printer}",
    "{printer}: drawer {num} has no paper",
    "Supplies reorder sent automatically for {model}",
    "Scan job from {printer} at {time}",
    "{printer} status - front door opened",
    "Meter read {model} serial {serial} ({date})",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-av-setup", "form", "AV setup request | {plant} | {ts} | ref EV{id7}"),
    ("form-donation-intake", "form", "Donation intake DN{id7} / {num}{num} boxes / {ts}"),
    ("form-van-route", "form", "Mobile library route change {date} - stop {num}{num} ({plant})"),
    ("form-volunteer-onboarding", "form", "Volunteer onboarding: {person} - start {date} - {plant}"),
    ("form-exhibition-loan", "form", "Exhibition loan-out form EXL-{id7} [{date}] floor {line}"),
    ("form-new-staff-it", "covered", "IT kit for new staff member {FIRST} {LAST} from {date} OMB{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["forgot passw again", "pwd reset pls x", "p/w reset needed today", "lost my logon password",
                    "logon password not accepted since monday", "reset passw thanks", "PASSWORD RESET REQUIRED URGENT",
                    "network pwd forgotten", "pasword resett", "forgotton my pasword", "reset p/w for issue desk pc",
                    "can't recall my passw", "want a fresh password", "windows logon pwd gone",
                    "ben mijn wachtwoord kwijt", "nieuw wachtwoord nodig aub", "wachtwurd kwyt rekke", "mäi Passwuert ass fort",
                    "nesa l-password", "my wagwoord is weg", "nimesahau nenosiri langu la kompyuta", "adino ny tenimiafina",
                    "ua galo la'u upu lilo", "lali sandi", "wachtwoord resetten graag", "reset pwd - temp staff",
                    "logon pw lost", "pwd gone after holiday", "reset p/w on van laptop", "cannot log on, forgot passw"]
APP_PASSWORD = ["{app} passw reset", "{app} pwd forgotten", "{app} logon rejected", "{APP} INVALID CREDENTIALS",
                "{app} says incorrect p/w", "{app} blocked after retries", "{app} 2FA code never arrives",
                "{app} TOTP loops back to logon", "{app} pwd expired", "reset passw {app}",
                "cannot get into {app} on the issue desk", "{app} PIN refused", "{app} - wachtwoord onjuist",
                "{app} Passwuert falsch", "{app} nenosiri si sahihi", "{app} account disabled??"]
LOCKOUT = ["acct locked, fat-fingered the pwd", "logon locked up", "windows says account locked out", "locked out again grr",
           "AD acct lockd out", "unlock OMB{id7}", "locked out on issue desk pc", "locked 2x since lunch",
           "LOCKED OUT CANT WORK", "message: the referenced account is locked", "mijn account is op slot gegaan", "account útsletten",
           "Kont gespaart", "il-kont imsakkar", "rekening gesluit", "akaunti yangu imefungiwa", "voahidy ny kaonty-ko",
           "ua loka la'u akaunti", "akun kekunci", "lockd out", "acct lokced", "locked after wrong pwd",
           "too many tries, locked now"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 150, ["can't print at issue desk", "printer says offline in Returns Hall",
        "print job vanishes from queue", "printer error {num}{num}", "PRINTER TAKES JOB BUT NO PAPER OUT", "printen lukt niet",
        "printer print net", "kann net drécken", "ma nistax nipprintja", "siwezi kuchapisha"]),
    ("wifi", "covered", 140, ["wifi keeps dropping in the stacks", "no wireless on children's floor",
        "wifi won't connect on staff laptop", "wireless disappears every few min", "VAN WIFI DEAD", "geen wifi hier",
        "gjin wifi yn 'e bibleteek", "wifi geet net", "ma hemmx wifi", "hakuna wifi hapa"]),
    ("vpn", "covered", 100, ["vpn drops when working from home", "vpn disconnects after a few minutes", "vpn client won't launch",
        "vpn error {num}{num}{num} on connect", "VPN maakt geen verbinding meer", "VPN konnektéiert net"]),
    ("outlook", "covered", 100, ["outlook won't open", "outlook sits on loading profile forever", "outlook keeps asking for p/w",
        "outlook crashes when I reply", "Outlook start niet op", "Outlook ma jiftaħx"]),
    ("mailbox-full", "covered", 45, ["mailbox over its quota", "mail full, can't send", "size limit reached on mailbox",
        "mailbox vol"]),
    ("slow-pc", "covered", 100, ["pc painfully slow", "takes ages to log on and load", "laptop very sluggish",
        "computer freezes constantly", "computer is erg traag", "de kompjûter is tige stadich", "kompjuta ni polepole mno"]),
    ("monitor", "covered", 70, ["2nd screen not seen by laptop", "dock gives no display", "screen stays pitch black",
        "monitor flickers on and off", "geen beeld op scherm", "l-iskrin jibqa' iswed"]),
    ("software", "covered", 90, ["need a program put on", "please add application to my pc", "software install req for lending team",
        "could IT put an app on my pc", "installing software needed"]),
    ("shared-folder", "covered", 90, ["cannot get into shared drive", "access denied on team folder", "mapped drive went away",
        "need permission to cataloguing share", "lost my S: drive"]),
    ("phishing", "covered", 50, ["odd email asking for my logon", "is this email legit or scam?", "fake parcel notice mail",
        "email wants me to buy vouchers", "scam mail pretending to be the director"]),
    ("mfa", "covered", 90, ["2FA texts stopped coming", "new phone, need 2FA moved", "no sms with security code",
        "set up 2FA on my new mobile", "{app} TOTP prompt never comes", "ik krijg geen verificatiecode",
        "ik krij gjin befêstigingskoade", "sipati nambari ya uthibitisho", "{app} asks for an authenticator I don't have"]),
    ("password-expired", "covered", 45, ["pwd expired", "passw expired cannot log on", "logon says the pwd has expired",
        "wachtwoord verlopen", "Passwuert ofgelaf", "{app} says my p/w expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing anything", "OneDrive spinning on 'looking for changes' all week long", "onedrive files pending upload"]),
    ("teams-audio", "covered", 50, ["teams: nobody hears me", "teams calls have zero sound", "teams doesn't see my headset",
        "headset silent in teams"]),
    ("bitlocker", "covered", 30, ["bitlocker wants 48-digit key", "recovery key screen at startup", "blue bitlocker key prompt"]),
    ("laptop-power", "covered", 50, ["laptop won't power on", "laptop charger light off, no charge", "notebook totally dead",
        "laptop gaat niet aan", "il-laptop ma jixgħelx"]),
    ("badge", "covered", 40, ["staff card won't open the back door", "swipe card rejected at strongroom", "door pass dead at staff entrance"]),
    ("restore", "covered", 35, ["restore a deleted doc please", "folder binned by accident, need it", "need older version of a file"]),
    ("acrobat", "covered", 40, ["can't open pdfs", "adobe reader quits on every pdf", "pdf won't display"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("self-checkout-kiosks", "gap", 100, ["Selfbok kiosk won't read RFID tags", "self-service kiosk stuck on 'place items'",
        "SELFBOK KIOSK OUT OF ORDER {plant}", "kiosk receipt says loan failed but book issued",
        "kiosk screen frozen after patron signed in", "self-issue machine not desensitising tags", "kiosk card reader dead"]),
    ("returns-sorter", "gap", 90, ["Sortiva sending books to wrong bin", "returns sorter belt jammed",
        "SORTIVA SHOWS ALL ITEMS AS EXCEPTIONS", "book drop conveyor stopped", "sorter not checking items in"]),
    ("microfilm", "gap", 80, ["microfilm reader image blurry", "Mikrovu scanner saves blank pages",
        "fiche reader lamp out", "microfilm scans not reaching the search room pc", "Mikrovu won't focus after signing in"]),
    ("search-room-booking", "gap", 70, ["Zaalplan seat bookings missing", "search room booking double booked",
        "document orders not showing in Zaalplan", "visitor booked but no seat on plan",
        "Zaalplan empty after I logged in"]),
    ("interlibrary-loans", "gap", 65, ["ILLbridge requests stuck pending", "interlibrary loan not sent to partner library",
        "ILL request shows wrong book", "can't cancel interlibrary loan", "ILL courier labels not generating"]),
    ("digitisation-workflow", "gap", 60, ["Digitra images not transferring from cradle scanner", "book scanner colour cast",
        "scan batch stuck in QA queue", "Digitra page numbering off by one", "digitised volume missing pages"]),
    ("catalogue-import", "gap", 55, ["MARCwerk import duplicates records", "catalogue records diacritics garbled",
        "MARC batch load rejected", "new acquisitions not appearing in catalogue", "MARCwerk authority headings wrong"]),
    ("strongroom-climate", "gap", 45, ["Klimalog humidity readings missing", "strongroom logger not reporting",
        "logged in to Klimalog but graphs empty", "climate logger battery dead in strongroom {line}",
        "Klimalog alarm thresholds reset"]),
]

VAGUE = ["Problem", "Help!", "Kiosk", "Sorter", "Scanner", "Books", "Van", "Question", "Login", "Printer??",
         "Archive", "Strongroom", "Patron"]

ONEOFF_OBJECTS = ["book trolley", "kick stool", "shelf label holder", "returns bin", "rolling stack handle",
    "dehumidifier", "conservation light box", "archival box maker", "bone folder set", "foam book wedge",
    "magnifier lamp", "reader's ticket printer", "till drawer", "coin counter", "van tail lift", "van satnav", "van heater",
    "storytime puppet", "beanbag", "children's tablet", "audiobook player", "large print display", "newspaper rack",
    "keyboard", "mouse", "headset", "webcam", "USB drive", "memory card", "work mobile", "SIM", "charging cable",
    "desk phone", "desk chair", "monitor stand", "kettle", "water cooler", "fan heater", "first aid kit",
    "hi-vis vest", "ladder", "door wedge", "visitor lanyard", "staff locker", "noticeboard", "lost property box",
    "foyer TV", "hand dryer", "bike rack", "umbrella stand", "radio for van", "parking permit", "lectern mic",
    "hearing loop", "book return chute", "date stamp", "laminator", "guillotine", "spiral binder"]
ONEOFF_COMPLAINTS = ["faulty", "not working", "question about", "gone missing", "needs replacing", "error", "won't start",
    "request", "issue", "ancient", "set up wrong", "slow", "keeps cutting out", "can't find", "how do I use the",
    "need access to", "lost", "resets itself", "broke", "please set up", "replace pls", "outdated",
    "stuck", "wrong", "leaking", "beeping", "loose", "cracked", "squeaking"]
ONEOFF_FREE = [
    "who updates the opening hours screen", "can signs be in Frisian too", "need power strip at storytime corner",
    "which form for a van phone", "label printer fading", "when is the lift inspected",
    "lost key to the van depot", "move desk phone to search room", "rugged case for van tablet",
    "foyer lights on timer wrong", "who edits the staff newsletter page", "order guest lanyards",
    "holiday relief staff need logins", "cafe till won't take cards", "fan heater in returns hall smells",
    "remote for meeting room screen missing",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "Fw: "), (0.08, "AW: "), (0.10, "[EXTERNAL] "), (0.13, "{plant} - "),
                  (0.15, "{person}: "), (0.17, "OMB{id7} | "), (0.19, "Floor {line}: ")]
NOISE_SUFFIXES = [(0.05, " ~ {person}"), (0.07, " [{netid}]"), (0.09, " ext {ext}"), (0.12, " ({bldg})"),
                  (0.15, " @ {plant}"), (0.17, " floor {line}"), (0.19, " OMB{id7}"), (0.21, " thanks!"),
                  (0.22, " ??"), (0.24, " (typed on my phone)"), (0.26, " (raised for {first} {last})"),
                  (0.28, " - dank je {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "text code was {otp}",
    "texted digits {otp_spaced}",
    "caller verified via {otp}",
    "set temp p/w {password}",
    "one-off passw {password} given",
    "she says she entered {password}",
    "interim pwd {password}",
    "Groetjes\n{first} {last}\nTeam Lead, {dept}",
    "{USERID} is locked yet again",
    "unlock {USERID} asap pls",
    "{USERID} has left, disable acct",
    "{first} {last} logged on as {USERID} on {ws2}",
    "personal addr is {email_obf}",
    "answer to {email} not the work one",
    "reach me on {phone_nat}",
    "cell no. {phone_intl} (whatsapp too)",
    "courier to {address_x} pls",
    "lives at {address_eu} now",
    "send kit to {address_us}",
    "for the attention of {LAST}",
    "ok'd by {last}",
    "copy {first} {last} in",
    "{first_plain} in {dept} spotted it",
    "payroll ref {id7}",
    "staff number {id_alnum}",
    "door pass {id7} refused at strongroom",
    "cafe charged {card}",
    "laptop {ws2} hw address {mac2}",
    "suspicious logons from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Ossbury-Mahiga Libraries and Records.", "Ossbury-Mahiga Libraries and Records"),
    ("building", "Meet in the Tjalling Room.", "Tjalling Room"),
    ("place", "Books shipped from Harlingen.", "Harlingen"),
    ("product", "The BiblioChek 7 gate is repaired.", "BiblioChek 7"),
    ("team", "Assigned to Team Grachtwerk.", "Team Grachtwerk"),
    ("category", "Category: Lending Services, Search Room", "Lending Services, Search Room"),
    ("version", "Firmware 5.12.207.41 applied.", "5.12.207.41"),
    ("error_code", "Kiosk shows SBK-E419.", "SBK-E419"),
    ("server_name", "Check logs on STB-SORTER-02.", "STB-SORTER-02"),
    ("role_email", "Copy search.room@ossbury-mahiga.example.org in.", "search.room@ossbury-mahiga.example.org"),
    ("asset_tag", "Asset LWD-KSK-007731 serviced.", "LWD-KSK-007731"),
    ("ticket_ref", "Linked to CHG0117420.", "CHG0117420"),
    ("place", "Microfilm sent to Valletta.", "Valletta"),
    ("product", "Two Humidex 300 loggers ordered.", "Humidex 300"),
    ("place", "Crates came from Toamasina.", "Toamasina"),
    ("shelfmark", "Shelfmark MS 2231/B requested.", "MS 2231/B"),
    ("isbn", "ISBN 978-0-306-40615-7 scanned twice.", "978-0-306-40615-7"),
]

PHONES_INTL = ["+31 58 284 1937", "+31 6 4172 9035", "+352 621 483 907", "+352 26 54 18 30", "+356 7942 6183",
               "+356 2147 3092", "+27 21 883 6417", "+27 82 461 3095", "+255 23 244 0187", "+255 754 318 206",
               "+261 34 11 482 76", "+685 72 4183", "+62 272 321 408", "+62 812-2947-6031"]
PHONES_NATIONAL = ["058 284 1937", "06-41729035", "621 483 907", "7942 6183", "021 883 6417", "082 461 3095",
                   "0754 318 206", "034 11 482 76", "0812-2947-6031"]
ADDRESSES_EU = ["Kleinzand 118, 8601 BH Sneek", "Rue de l'Alzette 74, L-4011 Esch-sur-Alzette",
                "Triq Villegaignon 9, Mdina MDN 1211", "Oosterkade 3-II, 8861 AD Harlingen",
                "Oosterdijk 27A, 8601 BS Sneek", "Rue du Brill 15, L-4041 Esch-sur-Alzette"]
ADDRESSES_US = ["1187 Heron Library Rd, Bemidji, MN 56601", "56 Quarry Lane Apt 2B, Montpelier, VT 05602",
                "PO Box 3390, Pago Pago, AS 96799", "2204 Catalog Ct, Ames, IA 50010"]
ADDRESSES_OTHER = ["14 Voortrek Street, Swellendam 6740", "Plot 44, Mtaa wa Dunda, Bagamoyo",
                   "Lot IVB 28 Antsenakely, Antsirabe 110", "Vaiala Beach Road, Salelologa", "Jl. Pemuda No. 61, Klaten 57411",
                   "Triq il-Kbira 102, Ħal Qormi QRM 2405"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Goeiemorgen allemaal,", "Goeie,", "Moien,", "Bonġu,", "Goeiemôre,", "Habari,", "Manao ahoana tompoko,",
                  "Talofa,", "Sugeng enjang,", "Hiya {first},"]
RICH_SIGNOFFS = ["Hartelijke groeten uit de bieb\n{first}", "Cheers\n{first} {last} / {dept}", "thanks a mil - {first}",
                 "Merci villmools\n{first} {last}", "--\n{first} {last} | Branch Librarian | {phone_intl}",
                 "Asante sana\n{FIRST} {LAST}", "Grazzi\n{first}"]
RICH_COMMENTS = ["Called the branch, no answer.", "Remoted onto the pc.", "Branch closed to public meanwhile.",
                 "Waiting on the branch manager.", "Logged with the supplier helpline.", "Spoke to the van driver.",
                 "Handed to the server team.", "Voicemail left for the caller.", "Staff member on a van round, will ring later.",
                 "Discussed with the duty librarian."]
RICH_GENERIC_NOTES = ["Talked the user through it.", "Caller silent for 5 days, closed.", "Fixed.", "Patron-side fine now, user agrees.",
                      "Nothing else needed; closed.", "Back in service."]
RICH_ONEOFF_BODIES = ["Can somebody look at the {thing}? Not right since the weekend.",
                      "Who looks after the {thing} these days?",
                      "The {thing} in the foyer needs fixing.",
                      "Please sort the {thing} before the school visit."]

RICH_TOPICS = [
    ("wifi", "covered", 360,
     ["wifi dropping in the stacks", "staff wifi missing", "wifi won't connect"],
     ["The wifi in the reading room drops out every few minutes.",
      "My laptop only sees the public network, not the staff one.",
      "Wifi icon says connected yet no page ever opens."],
     ["Forgot the network and joined again.", "Network team rebooted the access point on floor 2.",
      "Wireless driver updated; fine since."]),
    ("printer", "covered", 220,
     ["printer showing offline", "print jobs evaporate from queue", "print queue frozen solid"],
     ["The issue desk printer is offline and prints nothing.",
      "My documents sit in the queue with an error.", "No one in the search room can print."],
     ["Emptied the print queue, spooler bounced.", "Gave the printer a full power cycle.", "Deleted and re-added the printer on the workstation."]),
    ("lockout", "covered", 150,
     ["locked out after a few bad tries", "windows shut me out, locked", "account locked again"],
     ["After a few wrong attempts my account was locked.",
      "Every Monday morning I find myself locked out.",
      "The logon screen tells me the account is locked."],
     ["Unlocked; an old p/w was stored in the phone mail app, removed it.", "Lock cleared, user logged on."]),
    ("self-checkout-kiosks", "gap", 150,
     ["kiosk not reading tags", "self-service kiosk hung", "kiosk card reader dead"],
     ["The Selfbok kiosk at the entrance will not read the RFID tags in books.",
      "Both self-service kiosks are stuck on the 'place items' screen.",
      "The card reader on the kiosk ignores every library card."],
     ["Kiosk hub service restarted; tags read again.", "RFID antenna cable re-seated.",
      "Card reader swapped by the supplier."]),
    ("returns-sorter", "gap", 120,
     ["sorter wrong bins", "returns belt jammed", "sorter not checking in"],
     ["Sortiva is sending children's books to the adult fiction bin.",
      "The returns conveyor jammed and the book drop is closed.",
      "Returned items go through the sorter but stay on loan."],
     ["Sorter bridge reconnected to the loans system.", "Belt cleared and reset.", "Bin mapping corrected."]),
    ("microfilm", "gap", 90,
     ["microfilm image blurry", "film scanner blank pages", "fiche reader lamp"],
     ["The microfilm reader in the search room gives a blurred image at any zoom.",
      "Mikrovu saves blank pages when I scan a reel.",
      "The fiche reader lamp does not come on."],
     ["Lens cleaned and refocused.", "Capture software reinstalled.", "Lamp replaced."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN falls over constantly"],
     ["The VPN will not connect from home.", "The VPN connects and then drops straight away."],
     ["Portal address corrected; tunnel stable.", "Fresh install of the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full up", "blown my mail quota"],
     ["Outlook refuses to send, says I am over my quota.", "I keep getting mailbox almost full warnings."],
     ["Turned on the online archive.", "Helped the user clear out old mail."]),
    ("shared-folder", "covered", 75,
     ["mapped drive vanished", "team folder: you need permission msg"],
     ["The cataloguing drive has gone from my pc.", "I get access denied on the outreach folder."],
     ["Put the drive letter back.", "Folder owner added them to the group."]),
    ("teams-audio", "covered", 60,
     ["no sound on Teams", "Teams can't see mic"],
     ["On Teams calls my voice never gets through to anyone.", "Teams uses the laptop speakers, never my headset."],
     ["Picked the headset in Teams device settings.", "Installed the headset driver."]),
    ("restore", "covered", 40,
     ["get a deleted doc back", "want yesterday's copy of my file back"],
     ["I deleted the opening hours spreadsheet from the share, can you get it back?",
      "I saved over the donations list, is there an older copy?"],
     ["Rolled the file back one version.", "Pulled it back from the overnight backup."]),
]
