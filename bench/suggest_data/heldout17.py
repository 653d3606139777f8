"""SEVENTEENTH HELD-OUT phrasing bank (v17): FROZEN. Written by a separate helper who never read kbgen's
rule code, before round 17's tuning; the tuners never see it; its aggregate figures are looked at
once, after the round's merge.

A fictional operator of thermal baths, spas and a mineral-water bottling plant ("Aalsee-Rotokawa
Thermal Baths": bathhouses, hydrotherapy pools, a sauna village, treatment rooms, a towel laundry, a
guest app, gift-voucher tills and a bottling hall in Japan, Hungary, Slovakia, New Zealand, Taiwan,
Turkey, England, Germany, Finland, Tunisia and Chile) instead of any sector an earlier bank used.
Its own systems (wristband lockers and turnstiles, pool-water dosing controllers, therapists'
treatment-room booking, RFID towel tracking, sauna infusion signage, bottling-line labellers, gift
vouchers and the guests' booking app), staff numbers written "ART-" plus digits, "T" plus digits
and "BADE/" plus digits; the closure habits of one more desk in several languages ("guest
complaint, not IT", "siehe oben", "同上", "ks. edellinen", "lásd előző"), trial tickets of other
shapes, machine mail of shapes earlier banks did not use (Grafana and Alertmanager firing mail,
Veeam job results, smartd, scheduled-task exits, dosing-controller and wristband-gate alarms,
out-of-office replies in Japanese, Hungarian, Slovak, Finnish, Turkish, Maori, Chinese, German and
French), printer status of other shapes, real requests that LOOK machine-like (treatment-room
changes with refs and timestamps, locker key issues, seasonal lifeguard starts with a name, pool
hire bookings, water-sample dispatches, uniform orders with a name), generic password, lockout,
MFA and expiry requests spelt with in-house app names, everyday words ("can't get in", "it won't
take my word"), abbreviations (pw, pword, kennwort, jelszó) and those languages, covered device and
network topics written the same way, and eight gap topics whose words the evaluation KB lacks or
uses in another sense (a "wristband" opens a locker, not a door; a "code" is a gift voucher; a
"label" is printed on a bottle; a guest "app login" is a customer's, not a worker's; some gap
subjects mention signing in although the problem is not signing in). Everything is invented for
kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a bathhouse, ``{line}`` a pool or sauna number.
"""

ORG = "Aalsee-Rotokawa Thermal Baths"
DOMAIN = "aalsee-rotokawa.example.org"
START = "2031-11-03"
DAYS = 36
OUTLIER_DATES = ("1979-04-04 04:04:00", "2071-07-17 17:17:17", "2001-01-01 00:00:01", "1990-06-30 23:30:00",
                 "2093-10-10 10:10:10", "2016-02-29 16:29:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Haruto Misaki Ren Yuzuki Sōta Bence Réka Zsófia Levente Kinga Matúš Zuzana Ľubomír Dominika Tamati Aroha Wiremu
Mereana Hēmi Yu-ting Chia-hao Wei-lun Pei-shan Elif Burak Zeynep Oğuz Pippa Rhys Imogen Fenna Lasse Henrike Ilkka Aino Veikko
Sanni Yosra Karim Ons Skander Josefa Matías Antonella Benjamín""".split()
LAST_NAMES = """Takahashi Morikawa Hirano Kanzaki Szabó-Fehér Kovácsné Mészáros Balogh Hlaváčová Kučera Oravec Ďurišová Te Huia
Ngata Parata Tūhoe-Rangi Lin Kuo Hsieh Tsai-Chen Yıldırım Karaca Öztürkmen Aydoğan Ashcombe Pellow Treharne Brückner
Wachendorf Lindqvist-Haas Kivistö Rautiainen Nurmela Häkkilä Ben Salah Trabelsi Jebali Mahjoub Fuenzalida Araneda Cárcamo
Quiroz-Leiva""".split()

APPS = ["WristGate", "ChloroSense", "Kurplan", "Towelia", "Aufgussboard", "Etikettia", "Gutschein360", "ThermaGo",
        "Dienstrad", "Poolbook"]
DEPTS = ["Bathing Operations", "Hydrotherapy", "Sauna Village", "Treatments", "Towel Laundry", "Bottling Hall",
         "Guest Welcome Desk", "Lifeguards", "Facilities & Plant", "Finance"]
BUILDINGS = ["Main Bathhouse", "Sauna Village", "Treatment Wing", "Laundry Block", "Bottling Hall", "Plant Room",
             "Changing Hall", "Admin Villa"]
PLANTS = ["Beppu bathhouse", "Eger thermal hall", "Piešťany spa", "Rotorua pools", "Beitou springs", "Afyon baths",
          "Bath Crescent spa", "Baden pump room", "Tampere sauna village", "Korbous baths", "Chillán termas"]
PLANT_CODES = ["BPU", "EGR", "PST", "ROT", "BTO", "AFY", "BTH", "BDN", "TMP", "KRB", "CHL"]
ID_PREFIXES = ["ART-", "T", "BADE/"]
SENDERS = ["grafana", "alertmanager", "veeam", "smartd", "chlorosense", "wristgate-ctl"]
HOST_PARTS = ["bpu-gate", "egr-dose", "pst-kiosk", "rot-ap", "bto-till", "afy-nvr", "bth-sig", "bdn-lbl", "tmp-sw",
              "krb-nas"]
SERVICES = ["GateBridge", "DoseLink", "KurSync", "TowelTrack", "SignagePush", "LabelServer"]
JOBS = ["NIGHTLY_TURNSTILE_EXPORT", "VOUCHER_RECON", "DOSING_LOG_ARCHIVE", "LAUNDRY_RFID_IMPORT", "KURPLAN_ROSTER_SYNC",
        "BOTTLE_BATCH_CLOSE"]
PRINTER_MODELS = ["Kyocera TASKalfa 4053ci", "Brother HL-L9430CDN", "Sharp BP-50C31", "Konica bizhub C360i",
                  "Videojet 1580 coder"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["guest complaint, not IT", "siehe oben", "vgl. Vorgang davor", "同上", "前の件と同じ", "lásd előző",
                "ks. edellinen", "aynı konu", "idem supra", "(kein Betreff)", "件名なし", "nincs tárgy", "bez predmetu",
                "otsikko puuttuu", "konu yok", "kāore he kaupapa i tuhia", "無主旨", "sans objet", "—", "xx", "....", "n/v",
                "dup!", "rang back, sorted on phone", "poolside, caller gave no info", "{FIRST} rang, no details", "[{LAST}]",
                "wrong queue → facilities", "OOO auto", "wristband found at reception, not IT", "lost&found",
                "q", "qwertz", "erledigt", "kész", "valmis", "tamam", "hecho", "guest only asked opening hours",
                "{first} will call back"]
TESTS = ["TEST TEST pls ignore {num}", "Probeticket bitte löschen", "teszt jegy {num}", "テスト", "testi {num}{num}",
         "deneme kaydı", "prueba de correo entrante", "SLA timer dry run", "new portal form trial run",
         "ignore - training sandbox {num}", "Kurplan integration ping", "zkušební požiadavka", "tst tst"]
ALERTS = [
    "[FIRING:1] DiskAlmostFull {host} /var {pct}%",
    "[FIRING:{num}] HostDown ({host} critical)",
    "[RESOLVED] HostDown ({host} critical)",
    "Grafana alert: {svc} latency p95 above {num}{num}{num} ms",
    "[Veeam] Job '{job}' finished with Failed ({num} VMs)",
    "[Veeam] '{job}': Warning, 1 of {num} VMs retried",
    "smartd on {host}: Device /dev/sd{num} FAILED SMART self-check",
    "Scheduled task {job} on {host} exit code 0x{num}",
    "Windows Server Backup failed on {host} at {ts}",
    "Low disk space on {host}: E: {pct}% used",
    "[ChloroSense] Pool {line} pH {num}.{num} out of band ({ts})",
    "[ChloroSense] Pool {line} free chlorine low - dosing pump {num} stopped",
    "WristGate controller {host} offline since {ts}",
    "WristGate turnstile {line} fault E{num}{num} at {ts}",
    "Sauna {line} heater over-temperature cut-out {ts}",
    "Etikettia: coder {host} ink level {pct}%",
    "Zertifikat für {host}.{domain} läuft in {num} Tagen ab",
    "自動応答: {date}まで不在にしております",
    "Automatikus válasz: {date}-ig szabadságon vagyok",
    "Automatická odpoveď: mimo kancelárie do {date}",
    "Automaattinen vastaus: lomalla {date} asti",
    "Otomatik yanıt: {date} tarihine kadar izindeyim",
    "Whakautu aunoa: kei te hararei ahau tae noa ki te {date}",
    "自動回覆：{date} 前休假中",
    "Abwesenheitsnotiz: zurück am {date}",
    "Réponse automatique : absente jusqu'au {date}",
]
PRINTER_STATUS = [
    "{printer}: Toner Cyan Low ({pct}%)",
    "[{model}] waste toner box almost full",
    "Fax delivery report from {printer}",
    "Monthly counter report {model} serial {serial}",
    "{printer} reports jam in tray {num}",
    "Scanned document from {printer} ({time})",
    "{model}: fuser unit end of life",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-treatment-room-change", "form", "Treatment room change | {plant} | room {room} | {ts} | REQ{id7}"),
    ("form-locker-key-issue", "form", "Spare locker key issue #{id7} {date} - locker {num}{num}{num}"),
    ("form-seasonal-lifeguard", "form", "Seasonal lifeguard start: {person} / {plant} / from {date}"),
    ("form-pool-hire", "form", "Private pool hire PH-{id7} ({date}, {num}{num} guests)"),
    ("form-water-sample", "form", "Water sample dispatch WS{id7} pool {line} {ts}"),
    ("form-uniform-order", "form", "Uniform order for {FIRST} {LAST} - size {num}"),
    ("form-new-starter-it", "covered", "New starter IT setup: {person} starts {date} ({dept}) ART-{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["forgot pw AGAIN sorry", "pword gone after the holidays", "it won't take my word any more",
                    "can't get in, password wrong apparently", "need new pw for the till pc", "reset my pword pls",
                    "PASSWORD NOT WORKING!!!", "password forgoten", "paswrod reset", "lost password, on early shift",
                    "what was my password again", "my password stopped working overnight", "kennwort vergessen",
                    "Passwort weg, bitte zurücksetzen", "megint elfelejtettem a jelszót", "jelszó csere kéne",
                    "zabudol som heslo", "salasana unohtui", "unohdin salasanan taas", "şifremi yine unuttum ya",
                    "şifre sıfırlama lütfen", "パスワードを忘れました", "パスワード再発行お願いします", "忘記密碼了",
                    "kua wareware anō i ahau taku kupuhipa", "nsit el mot de passe mte3i", "olvidé la clave po",
                    "reset pw on laundry pc", "login password - temp lifeguard", "password reset (typed from phone)"]
APP_PASSWORD = ["{app} pw reset needed", "{app} forgot pword", "{app} won't take my password at the desk", "{APP} LOGIN FAILED ERR",
                "{app} insists my password is wrong", "{app} locked me out after 3 goes", "{app} code never comes",
                "{app} wants a code I don't have", "{app} password expired, can't sign", "new password for {app} pls",
                "can't get into {app} at reception", "{app} PIN not accepted at gate", "{app} Kennwort falsch",
                "{app} jelszó nem jó", "{app} salasana ei käy", "{app} パスワードエラー", "{app} account disabled??? why"]
LOCKOUT = ["locked out yet again, early shift", "account locked, too many tries", "windows: this account is locked, see admin",
           "can't get in - says locked", "AD lock ART-{id7}", "unlock me pls, guests waiting", "locked out on the till pc",
           "locked out twice since 7am", "ACCOUNT LOCKED NEED ACCESS NOW", "msg: referenced account currently locked out, may not be logged on to",
           "Konto ist wieder gesperrt", "Benutzer gesperrt nach Urlaub", "zárolták a fiókomat megint", "účet zablokovaný",
           "tunnus lukossa", "hesabım yine kilitlendi", "アカウントがロックされてしまいました", "帳號被鎖住了",
           "kua rakaina taku pūkete mahi", "mon compte est bloqué depuis ce matin", "se me bloqueó la cuenta po", "lockd out", "acount lockt",
           "locked after wrong pw on my phone", "keeps locking me out every morning"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 140, ["reception printer won't print", "printer offline in the treatment wing",
        "print job stuck in queue", "printer shows fault {num}{num}", "PRINTER TAKES THE JOB BUT NOTHING COMES OUT",
        "Drucker an der Kasse druckt nix", "a recepciós nyomtató nem nyomtat", "tulostin ei tulosta mitään", "yazıcı yine çalışmıyor", "印刷できません"]),
    ("wifi", "covered", 130, ["wifi keeps dropping by the pools", "no wifi in the sauna village office",
        "laptop won't join staff wifi", "wifi goes every few minutes", "WLAN weg im Bademeisterraum", "nincs wifi",
        "wifi ei toimi saunalla", "wifi yok", "Wi-Fiにつながらない", "無線網路連不上"]),
    ("vpn", "covered", 90, ["vpn drops at home", "vpn won't connect from the cottage", "vpn client doesn't start",
        "vpn error {num}{num}{num} from the cottage", "VPN verbindet nicht", "VPN nem csatlakozik"]),
    ("outlook", "covered", 100, ["outlook won't open", "outlook frozen at 'loading profile'", "outlook keeps asking for my pw",
        "outlook crashes on reply", "Outlook startet gar nicht mehr", "Outlook ei aukea"]),
    ("mailbox-full", "covered", 45, ["mailbox full!!", "can't send, mailbox over limit", "mail quota reached, bounce msgs",
        "Postfach übervoll, nix geht raus"]),
    ("slow-pc", "covered", 100, ["pc very slow at reception", "takes forever to log on in the morning", "laptop crawling like a snail",
        "computer hangs all the time", "Rechner extrem langsam", "a gép nagyon lassú", "bilgisayar aşırı yavaşladı"]),
    ("monitor", "covered", 70, ["second screen not detected on dock", "dock no picture", "screen stays black at the gate pc",
        "monitor flickering at the kiosk", "kein Bild am Monitor", "モニターが映らない"]),
    ("software", "covered", 90, ["need a program installed for rota", "please install app on my pc",
        "software install for treatments team", "can IT add a program", "installation request - sauna till pc"]),
    ("shared-folder", "covered", 90, ["can't open shared drive S", "team folder says access denied", "mapped drive gone after update",
        "need rights to laundry share", "lost my H: drive"]),
    ("phishing", "covered", 50, ["weird mail asking for my login", "is this email real?", "fake delivery mail",
        "mail asking me to buy gift cards for the boss", "scam mail from the 'director'"]),
    ("mfa", "covered", 90, ["no sms codes any more", "got a new phone, authenticator still on the old one", "security code sms not coming",
        "set up authenticator on new phone", "{app} asks for code that never comes", "kein Bestätigungscode",
        "nem jön az ellenőrző kód", "vahvistuskoodi ei tule", "doğrulama kodu gelmiyor", "認証コードが届かない"]),
    ("password-expired", "covered", 45, ["pw ran out overnight", "pw ran out, till pc won't log me on", "screen tells me my password has run out",
        "Kennwort abgelaufen", "lejárt a jelszó", "{app} tells me pw run out"]),
    ("onedrive", "covered", 40, ["onedrive not syncing the rota", "OneDrive stuck on processing changes", "onedrive files waiting to upload"]),
    ("teams-audio", "covered", 50, ["teams: people can't hear me", "no sound in teams calls from the spa office", "teams can't find my headset",
        "headset mute in teams"]),
    ("bitlocker", "covered", 30, ["bitlocker asks for recovery key", "recovery key screen on boot", "blue bitlocker screen wants 48 digits"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop won't take charge", "notebook dead as a doornail",
        "Laptop geht nicht an", "laptop nem kapcsol be"]),
    ("badge", "covered", 40, ["staff badge won't open plant room door", "id card rejected at staff entrance",
        "door badge dead at laundry"]),
    ("restore", "covered", 35, ["restore deleted rota file please", "binned the rota folder by mistake", "need yesterday's version of a file"]),
    ("acrobat", "covered", 40, ["pdfs won't open", "adobe crashes on pdf", "pdf shows blank"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("wristband-lockers", "gap", 100, ["WristGate wristband won't open locker", "locker wristbands not releasing",
        "WRISTGATE LOCKERS DEAD {plant}", "turnstile rejects paid wristbands", "wristband opens someone else's locker",
        "locker bank {line} stuck closed", "WristGate reader on changing hall red light"]),
    ("pool-chemistry", "gap", 90, ["ChloroSense readings frozen", "dosing controller shows wrong pH",
        "CHLOROSENSE NO DATA POOL {line}", "chlorine probe values jumping", "pool dosing log empty since night"]),
    ("treatment-booking", "gap", 80, ["Kurplan double booked massage room", "therapist rota missing in Kurplan",
        "treatment bookings vanished", "Kurplan shows room closed but it's open", "Kurplan blank after I signed in"]),
    ("towel-tracking", "gap", 70, ["Towelia not counting towels", "towel RFID tunnel reads nothing",
        "laundry scan totals wrong", "Towelia shows towels still out", "bathrobe chips not read"]),
    ("sauna-signage", "gap", 65, ["Aufguss screens show yesterday's times", "sauna infusion board frozen",
        "Aufgussboard not updating", "sauna signage shows wrong language", "infusion schedule screen black in sauna {line}"]),
    ("bottling-labels", "gap", 60, ["Etikettia prints wrong batch code on bottles", "bottle labeller skipping labels",
        "best-before date wrong on labels", "Etikettia won't load the new label", "coder prints smudged lot numbers"]),
    ("gift-vouchers", "gap", 55, ["Gutschein360 code rejected at till", "gift voucher shows already redeemed",
        "voucher balance wrong", "online vouchers not arriving for buyers", "Gutschein360 voucher codes invalid after login"]),
    ("guest-app-login", "gap", 45, ["guests can't log in to ThermaGo app", "ThermaGo app booking fails",
        "guest app says session expired", "ThermaGo login loop for members", "members' app shows no slots"]),
]

VAGUE = ["Problem", "Help", "Locker", "Sauna", "Pool", "Till", "Towels", "Question", "Login", "Printer?",
         "Wristband", "Screen", "Guest"]

ONEOFF_OBJECTS = ["pool hoist", "lane rope", "poolside clock", "lifeguard chair", "rescue tube", "foot shower",
    "hair dryer", "vending machine", "lost property tray", "sauna bucket", "hourglass", "infusion ladle", "sauna bench",
    "steam generator", "towel trolley", "robe rack", "laundry cart", "folding table", "massage bed", "heated stone set",
    "oil warmer", "treatment lamp", "salt inhaler", "plunge pool thermometer", "slipper dispenser", "bottle crate",
    "pallet jack", "shrink wrapper", "keyboard", "mouse", "headset", "webcam", "USB stick", "memory card", "work phone",
    "SIM card", "charging cable", "desk phone", "chair", "monitor arm", "kettle", "water dispenser", "fan",
    "first aid box", "defibrillator cabinet", "radio handset", "umbrella stand", "parking barrier", "bike shed",
    "reception bell", "brochure rack", "gift shop scale", "coin safe", "staff locker", "notice board", "wall clock",
    "PA speaker", "background music", "hand dryer", "foyer screen"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question about", "missing", "needs replacing", "error", "won't start",
    "request", "issue", "very old", "set up wrong", "slow", "cuts out", "can't find", "how to use the", "need access to",
    "lost", "resets itself", "snapped", "please install", "replace please", "outdated", "stuck", "wrong", "dripping",
    "beeping", "wobbly", "cracked", "rattling"]
ONEOFF_FREE = [
    "opening-times slide on the foyer telly still says summer", "menu boards in Japanese for the tour group?",
    "sauna bar needs one more socket", "radio handsets: how many can the lifeguards have",
    "shop label gun makes faint prices", "hoist inspection certificate - where is it kept",
    "plant room spare key missing since Tuesday", "lifeguard office phone should ring at the kiosk too",
    "tablet pouch that survives the splash zone", "car park lamps come on at noon",
    "staff rota page shows last month", "lanyards for 40 spa-day visitors", "café card terminal declines everything",
    "burning smell near the laundry office", "relaxation room TV remote walked off", "tide of brochures on the floor",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "AW: "), (0.06, "WG: "), (0.08, "RE: "), (0.10, "VS: "), (0.12, "{plant} // "),
                  (0.14, "{person} - "), (0.16, "ART-{id7} | "), (0.18, "Pool {line}: "), (0.19, "[URGENT] ")]
NOISE_SUFFIXES = [(0.05, " / {person}"), (0.07, " ({netid})"), (0.09, " tel {ext}"), (0.12, " [{bldg}]"),
                  (0.15, " - {plant}"), (0.17, " sauna {line}"), (0.19, " T{id7}"), (0.21, " danke!"),
                  (0.22, " !!"), (0.24, " (sent from my mobile, sorry typos)"), (0.26, " (logged for {first} {last})"),
                  (0.28, " - köszi {first}"), (0.29, " よろしくお願いします")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(her sms said {otp})",
    "read out {otp_spaced} from the phone",
    "ID check ok - code {otp}",
    "pw set to {password} for now",
    "wrote {password} on a sticky note at reception, asked to bin it",
    "caller insists the password is {password}",
    "Kennwort vorübergehend {password}",
    "LG\n{first} {last}\nSchichtleitung {dept}",
    "acct {USERID} locked out (3rd time)",
    "pls unlock {USERID}",
    "{USERID} leaver - disable",
    "{first} {last} / login {USERID} / pc {ws2}",
    "alt mail {email_obf}",
    "answer to {email}, not the spa address",
    "ring {phone_nat} after 4",
    "mob {phone_intl} (LINE/WhatsApp)",
    "card to {address_x}",
    "moved to {address_eu}",
    "courier to {address_us}",
    "z.Hd. {LAST}",
    "ok from {last}",
    "please cc {first} {last}",
    "{first_plain} ({dept}) reported it",
    "Personalnr. {id7}",
    "staff# {id_alnum}",
    "badge no. {id7} refused at plant room",
    "gift shop charged {card} twice",
    "{ws2} wlan mac {mac2}",
    "brute force from {ip} on the guest app",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Aalsee-Rotokawa Thermal Baths.", "Aalsee-Rotokawa Thermal Baths"),
    ("room", "Meet in the Kōwhai Room.", "Kōwhai Room"),
    ("place", "Salts delivered from Hévíz.", "Hévíz"),
    ("product", "The AquaTherm 9 boiler is fixed.", "AquaTherm 9"),
    ("team", "Assigned to Team Dampfbad.", "Team Dampfbad"),
    ("category", "Category: Bathing Operations, Sauna Village", "Bathing Operations, Sauna Village"),
    ("version", "Controller firmware 3.18.604.2 applied.", "3.18.604.2"),
    ("error_code", "Turnstile shows WG-E731.", "WG-E731"),
    ("server_name", "Check logs on BDN-LBL-03.", "BDN-LBL-03"),
    ("role_email", "Copy spa.reception@aalsee-rotokawa.example.org in.", "spa.reception@aalsee-rotokawa.example.org"),
    ("asset_tag", "Asset ART-AST-004417 serviced.", "ART-AST-004417"),
    ("ticket_ref", "Linked to CHG0204419.", "CHG0204419"),
    ("place", "Mineral water sent to Kaohsiung.", "Kaohsiung"),
    ("product", "Two Lovibond MD 610 photometers ordered.", "Lovibond MD 610"),
    ("place", "Robes came from Denizli.", "Denizli"),
    ("batch", "Batch L31-2207B recalled.", "L31-2207B"),
    ("voucher", "Voucher GS-88-4410 redeemed twice.", "GS-88-4410"),
]

PHONES_INTL = ["+81 977 24 6183", "+81 90 4418 2076", "+36 36 512 847", "+36 30 718 2594", "+421 33 774 1906",
               "+421 905 318 427", "+64 7 349 2618", "+64 21 408 7731", "+886 2 2891 4067", "+886 912 604 318",
               "+90 272 214 83 60", "+44 1225 487 219", "+49 7221 308 416", "+358 40 718 2263", "+216 72 284 117",
               "+56 42 243 8071"]
PHONES_NATIONAL = ["0977-24-6183", "090-4418-2076", "06 36 512 847", "06 30 718 2594", "0905 318 427",
                   "07 349 2618", "021 408 7731", "0912-604-318", "0272 214 83 60", "01225 487219", "07221 308416",
                   "040 718 2263"]
ADDRESSES_EU = ["Fürdő utca 14, 3300 Eger", "Winterova 22, 921 01 Piešťany", "Lichtentaler Allee 61, 76530 Baden-Baden",
                "Hämeenpuisto 38 B 12, 33200 Tampere", "Széchenyi u. 7/2, 3300 Eger", "Kúpeľný ostrov 5, 921 29 Piešťany"]
ADDRESSES_US = ["418 Hot Springs Blvd, Pagosa Springs, CO 81147", "92 Bathhouse Row Apt 3, Hot Springs, AR 71901",
                "PO Box 7718, Calistoga, CA 94515", "1503 Mineral Well Dr, Saratoga Springs, NY 12866"]
ADDRESSES_OTHER = ["3-14-7 Kitahama, Beppu, Oita 874-0920", "27 Hinemoa Street, Rotorua 3010",
                   "No. 44, Guangming Rd, Beitou Dist., Taipei 112", "Kurtuluş Mah. 182. Sok. No:9, Afyonkarahisar",
                   "12 Great Pulteney St, Bath BA2 4BR", "Rue des Thermes 8, Korbous 8070", "Pasaje Las Termas 611, Chillán"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Servus IT,", "Moin,", "Jó napot,", "Dobrý deň,", "Kia ora,", "Hei,", "Merhaba,", "お疲れ様です。",
                  "您好，", "Bonjour l'équipe IT,", "Hola equipo,", "Morning {first},"]
RICH_SIGNOFFS = ["LG aus dem Bad\n{first}", "Ta\n{first} {last} / {dept}", "cheers muchly, {first}",
                 "Köszi szépen\n{first} {last}", "--\n{first} {last} · Bathhouse Duty Lead · {phone_intl}",
                 "Ngā mihi nui\n{FIRST} {LAST}", "Kiitos\n{first}", "よろしくお願いします\n{last}"]
RICH_COMMENTS = ["Rang the duty phone at the bathhouse - no pick-up.", "Remoted in via the support tool.",
                 "Reception handing out metal keys until this is fixed.", "Duty manager to confirm.",
                 "Case raised with the supplier, ref in attachments.", "Lifeguard on shift confirms the symptom.",
                 "Over to infrastructure.", "Voicemail.", "Caller is poolside, calling back after the break.",
                 "Walked over with the plant technician."]
RICH_GENERIC_NOTES = ["Showed the caller how.", "5 days no reply -> closed.", "Done & dusted.",
                      "Caller happy, all fine now.", "Nothing left to do here.", "Up and running once more."]
RICH_ONEOFF_BODIES = ["The {thing} has been playing up since Friday, can someone have a look?",
                      "Does IT or facilities own the {thing}?",
                      "{thing} near the front desk is broken again.",
                      "We need the {thing} working before Saturday's spa day."]

RICH_TOPICS = [
    ("wifi", "covered", 350,
     ["poolside wifi in and out", "staff SSID missing", "can't get on the wifi"],
     ["Up in the lifeguard office the laptop loses the network every couple of minutes, then comes back.",
      "Only the guest network shows up on my list; the staff one has disappeared.",
      "The little wifi symbol says I'm online but every page just spins."],
     ["Removed the saved network profile and joined fresh.", "Network team power-cycled the access point in the changing hall.",
      "New wireless driver pushed; no drops since."]),
    ("printer", "covered", 220,
     ["reception printer shows offline", "print jobs never come out", "queue jammed, nothing prints"],
     ["Front desk printer has gone grey/offline in the list and won't print the guest receipts.",
      "I print the rota and nothing happens, the job just sits there saying error.",
      "Whole treatment wing cannot print since lunch."],
     ["Emptied the queue, restarted print spooler.", "Printer switched off and on at the wall.",
      "Deleted the printer and added it again from the print server."]),
    ("lockout", "covered", 150,
     ["locked after fat-fingering the pw", "windows won't let me in - locked", "LOCKED. AGAIN."],
     ["Typed my password wrong a couple of times before coffee and now it says the account is locked.",
      "Every single early shift I come in and I'm locked out.",
      "Login screen: 'account locked out'. I didn't do anything."],
     ["Unlocked; the old password was still in the mail app on the work phone, removed.", "Unlocked, user back in."]),
    ("wristband-lockers", "gap", 150,
     ["wristbands not opening lockers", "turnstile rejects wristbands", "locker bank stuck"],
     ["Guests' WristGate wristbands don't open the lockers in the changing hall.",
      "The entrance turnstile rejects wristbands that were paid for at the till.",
      "A whole locker bank stays closed and guests are waiting in towels."],
     ["Gate bridge service restarted; lockers respond again.", "Reader cable at locker bank re-seated.",
      "Controller replaced by the vendor."]),
    ("pool-chemistry", "gap", 120,
     ["dosing readings frozen", "pH values wrong", "no dosing data"],
     ["ChloroSense shows the same pH reading for pool 3 since last night.",
      "The dosing controller reports chlorine values that jump every minute.",
      "The dosing log for the outdoor pools is empty."],
     ["DoseLink connection re-established.", "Probe recalibrated by plant technician.", "Controller rebooted."]),
    ("treatment-booking", "gap", 90,
     ["double booked room", "therapist rota missing", "morning bookings gone"],
     ["Kurplan booked two massages into the same room at 14:00.",
      "The therapists' rota for next week is missing in Kurplan.",
      "This morning's treatment bookings are gone from the screen."],
     ["Roster sync job rerun.", "Room calendar rebuilt.", "Vendor restored bookings from backup."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN falls out constantly"],
     ["From home the VPN just sits on connecting and gives up.", "VPN comes up for ten seconds then falls over."],
     ["Wrong portal address in the client, corrected.", "Fresh VPN client install."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full!!", "over mail quota"],
     ["Can't send anything, Outlook says my mailbox is too big.", "Every hour a pop-up that my mailbox is almost at its limit."],
     ["Archive mailbox switched on.", "Cleared old attachments together with the user."]),
    ("shared-folder", "covered", 75,
     ["mapped drive gone after update", "team folder access denied"],
     ["The T: drive for treatments has gone from This PC.", "Opening the laundry folder gives me 'you don't have permission'."],
     ["Drive mapped again via login script.", "Owner of the folder approved access, added to group."]),
    ("teams-audio", "covered", 60,
     ["Teams calls silent", "Teams doesn't find mic"],
     ["On Teams the others say I'm silent although my mic is on.", "Teams ignores the headset and blasts out of the laptop."],
     ["Picked the right mic under Teams > Devices.", "Headset firmware/driver updated."]),
    ("restore", "covered", 40,
     ["bring back deleted file", "need yesterday's copy"],
     ["I deleted the rota spreadsheet from the share, can you restore it?",
      "I overwrote the price list, is there an older version?"],
     ["Previous version brought back.", "Got it from last night's backup."]),
]
