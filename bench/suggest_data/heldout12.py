"""TWELFTH HELD-OUT phrasing bank (v12): FROZEN. Written and committed before any tuning of the
twelfth round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional zoological society ("Brackenholt Zoological Society": a zoo, an aquarium, a veterinary
hospital, a conservation field station, an education centre and a members' shop) instead of a
university, retailer, manufacturer, council, shipping company, law firm, hotel group, water
utility, broadcaster, airport, mine or performing-arts trust. Its own systems (keeper daily logs,
diet rations, veterinary records, aquarium life support, visitor gate counts, hatchery incubators,
GPS collars, nest cameras, membership), staff numbers written "BZS" plus digits, the placeholder and
closure habits of one more desk ("-", "n.a.", "see email", "raised by mistake", "cust hung up"),
trial tickets of other shapes ("connectivity canary", "dry run #"), machine and status mail of shapes
no earlier bank used (life-support ORP and salinity limits, cron mail, SNMP traps, NTP drift, RAID
rebuilds, certificate renewals by ACME, queue depth, chiller compressors, backup warnings, auto-replies
in Scottish Gaelic, Occitan, Breton and Esperanto), printer status of other shapes (drum end of life,
staple cartridges, envelope feeder, meter reads), real requests that LOOK machine-like (keeper
experience bookings with times, volunteer access with start dates, contractor inductions, filming
permits, adoption certificate reprints), names of other languages (Scottish Gaelic, Occitan, Breton,
Cornish, Manx, Tatar, Tajik, Turkmen, Maori, Guarani, Tongan),
generic password, lockout, MFA and expiry requests spelt with app names, abbreviations (pswd, pw,
creds, SSO, 2FA, TOTP, PIN) and languages v1-v11 did not use, covered device and network topics
written the same way, and eight gap topics whose words the evaluation KB lacks or uses in another
sense (a "camera" is a nest camera streamed to the public website; a "kiosk" prints membership cards;
a "gate" is an animal slide gate with an interlock; "imaging" is an animal radiograph; "sheets" are
diet rations).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` an enclosure, tank or gate number.
"""

ORG = "Brackenholt Zoological Society"
DOMAIN = "brackenholt-zoo.example.org"
START = "2026-03-09"
DAYS = 33
OUTLIER_DATES = ("1999-12-30 22:15:47", "2088-08-08 08:08:08", "2003-07-14 06:30:00", "2057-01-02 03:04:05",
                 "1985-10-26 01:21:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Eilidh Ruairidh Catrìona Peadar Bernat Azalaïs Gwenaelle Yannig Loveday Jory Fenella Juan-Moore
Alsu Ilnur Zarina Firuz Dilnoza Maýsa Berdi Aroha Tamati Wiremu Araceli Ñandú Sione Mele Tevita Oakley
Saoirse-May Brodie Hamish Isla""".split()

LAST_NAMES = """MacLeòid Domhnallach Caimbeul Sirvent Roumanille Fabre Le Gall Kerjean Tregear Penhaligon Kermode
Quayle Christian Khabibullina Galiev Rahimov Nazarova Orazowa Annaýew Ngata Tipene Parata Benítez Ortiz
Fifita Taufa Vainikolo Strachan Dunnet Rennie Baird Laidlaw""".split()

APPS = ["Keeperlog", "Rationly", "Vetchart", "Tankwatch", "Gatecount", "Hatchly", "Collarnet", "Nestview",
        "Enclosura", "Memberdesk", "Burrowbase", "Feedwise"]

DEPTS = ["Mammals", "Aquarium", "Veterinary", "Birds", "Reptiles", "Education", "Conservation Science",
         "Visitor Services", "Membership", "Retail", "Grounds", "Commissary"]
BUILDINGS = ["Otter holt", "Reef hall", "Vet theatre", "Aviary walkway", "Commissary kitchen", "Quarantine block",
             "Penguin beach", "Keepers' mess"]
PLANTS = ["Main Zoo", "Aquarium", "Vet Hospital", "Moorland Outpost", "Education Centre", "Members' Shop"]
PLANT_CODES = ["BZM", "BZA", "BZV", "BZF"]
ID_PREFIXES = ["BZS", "VOL-", "KPR"]
SENDERS = ["lss-mon", "cron", "snmptrapd", "backupd", "acme", "chiller"]
HOST_PARTS = ["bza-lss", "bzm-gate", "bzv-pacs", "bzf-gw", "bzm-nvr", "bza-chill", "bzm-sql", "bzv-ntp",
              "bza-plc", "bzm-kiosk"]
SERVICES = ["RationPush", "GateTally", "CollarIngest", "NestStream", "MemberSync", "LogbookAPI"]
JOBS = ["NIGHTLY_RATIONS", "COLLAR_PULL", "MEMBER_RENEW", "GATE_ROLLUP", "PACS_PURGE", "STOCK_RECON"]
PRINTER_MODELS = ["Epson WorkForce Enterprise AM-C4000", "Ricoh IM C4510A", "Kyocera TASKalfa 2554ci", "Canon i-SENSYS X C1533P",
                  "Lexmark CX735adse"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["-", "n.a.", "see email", "per phone", "raised by mistake", "cust hung up", "blank", "?", "...?",
                "dup of earlier call", "already sorted by keeper", "could not reproduce", "closing - no reply x3",
                "resolved at walk-up desk", "caller withdrew", "raised on their behalf", "as per chat", "q answered by phone",
                "advised & closed", "re: your call", "follow-up", "nil", "----", "___", "{FIRST} {LAST}",
                "{LAST}", "{first} on the line", "msg for {last}", "Gun chuspair", "Sens objècte", "Hep danvez",
                "Sen titol", "Темасыз", "Бе мавзӯъ", "Temasyz", "Kāore he kaupapa", "nothing to add",
                "spoke to them", "resolved?"]
TESTS = ["connectivity canary", "dry run #{num}", "test from new form", "tst tst", "TEST - PLS BIN",
         "canary {num}{num}", "validation ticket - ignore", "Gatecount webhook probe", "mail loop check",
         "ignore - trainer demo", "qq", "pen-test dummy ticket", "handover exercise {num}", "template check"]
ALERTS = [
    "LSS {host}: ORP {num}{num}{num} mV below low limit",
    "Salinity {num}{num}.{num} ppt out of band on tank {num}",
    "Cron <root@{host}> /usr/local/bin/{job}.sh exited {num}",
    "SNMP trap linkDown ifIndex {num}{num} from {ip}",
    "NTP offset {num}{num}{num} ms on {host} exceeds limit",
    "RAID {host}: rebuild {pct}% complete, array degraded",
    "ACME renewal failed for {host}.{domain} (rate limited)",
    "Queue {svc} depth {num}{num}{num}{num} > threshold",
    "Chiller {host} compressor {num} high head pressure",
    "Backup {job} finished with warnings ({num} files skipped)",
    "{job}: exit code {num}{num} at {ts}",
    "Heartbeat missing from {svc} since {ts}",
    "Gate controller {host} offline ({num} retries)",
    "NVR {host} channel {num}{num} video loss",
    "Dissolved oxygen {num}.{num} mg/L on {host} - CHECK",
    "PLC {host} watchdog reset at {ts}",
    "Disk /var on {host} at {pct}% (inode)",
    "[{svc}] p95 latency {num}{num}{num}{num} ms",
    "Freagairt fhèin-obrachail: air falbh gu {date}",
    "Responsa automatica: absent fins al {date}",
    "Respont emgefreek: er-maez eus ar burev",
    "Aŭtomata respondo: mi forestas ĝis {date}",
    "Generator {host} weekly run: FAIL to start",
    "{svc} consumer lag {num}{num}{num}{num} messages",
    "Leak detector {host} zone {num} WET",
]
PRINTER_STATUS = [
    "Drum unit end of life - {printer}",
    "Staple cartridge empty on {model}",
    "Envelope feeder misfeed {printer}",
    "Meter read {model} SN {serial} ({date})",
    "Scan to folder from {printer} at {time}",
    "{printer}: maintenance kit due in {num}{num}00 pages",
    "{model} [{ip}] magenta near end",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-keeper-exp", "form", "Keeper experience booking #{num}{num}{num} | {date} {time} | guest {person}"),
    ("form-volunteer", "covered", "Volunteer access request - {person} - start {date} - VOL-{id7}"),
    ("form-contractor", "form", "Contractor induction :: {LAST}, {FIRST} :: site {plant} :: {date}"),
    ("form-filming", "form", "Filming permit application {date} / contact {person} / enclosure {line}"),
    ("form-adoption", "form", "Adoption certificate reprint: animal {num}{num} for {person}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["pswd reset needed", "forgot pw again", "pw reset plz", "new pswd please", "reset creds BZS{id7}",
                    "cant remember my passwrd", "password not accepted since monday", "please reset my sign-on",
                    "my creds stopped working", "reset domain pw", "help - forgot password", "forgotten login password",
                    "password reset (keeper on nights)", "dhìochuimhnich mi am facal-faire", "ath-shuidhich facal-faire",
                    "ai doblidat lo senhal", "tornar inicializar lo senhal", "ankouaet em eus ma ger-tremen",
                    "my a ankovas ow ger-tremena", "hooar mee jarrood yn fockle follit", "серсүзне оныттым",
                    "гузарвожаро фаромӯш кардам", "açarsözümi ýatdan çykardym", "kua wareware taku kupuhipa",
                    "mi forgesis mian pasvorton", "ahesarái che ñe'ẽñemi", "ngalo 'eku lea fufū",
                    "facal-faire ùr feumach", "senhal reset merces", "pasvorto restarigo", "pwd rst",
                    "SSO password reset", "passwrod forgoten", "reset of password req", "pasword reset again"]
APP_PASSWORD = ["{app} pswd reset pls", "{app} pw rejected", "{app} account locked out", "{APP} LOGON FAILURE",
                "cannot log into {app} on the keeper tablet", "{app} keeps saying wrong password",
                "{app} 2FA text not arriving", "{app} TOTP code rejected", "{app} password expired today",
                "{app} locked after too many attempts", "{app} forgot my pw", "{app} sign-in keeps looping",
                "please reset {app} creds", "{app} PIN forgotten", "{app} - facal-faire ceàrr"]
LOCKOUT = ["account lock on me", "acct locked out pls release", "locked out of my login", "account frozen after bad pw",
           "can't log on - locked", "locked out of the keeper PC", "unlock BZS{id7}", "locked out after 3 goes",
           "tha an cunntas agam glaiste", "mon compte es blocat", "ma c'hont a zo prennet", "ow akont yw alhwedhys",
           "хисап язмасы бикләнгән", "ҳисоби ман қулф шуд", "hasabym gulplandy", "kua rakaina taku pūkete",
           "mia konto estas ŝlosita", "che cuenta oñemboty", "locked again!!", "acc lockout",
           "lokced out", "account lockout - urgent"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 160, ["my print job never comes out", "printer shows offline in the office",
        "can't print from keeper pc", "printer flashes E{num}{num}", "PRINTER PLAYING UP AGAIN",
        "chan eil an clò-bhualadair ag obair", "l'imprimanta fonciona pas", "принтер эшләми", "printer kein"]),
    ("wifi", "covered", 140, ["wifi keeps dropping at the penguin beach", "no staff wifi signal", "wifi not connecting on tablet",
        "wireless disconnects every few minutes", "WIFI DOWN IN AVIARY", "chan eil wifi ag obair", "lo wifi fonciona pas",
        "wifi işlemeýär", "kāore te wifi e mahi"]),
    ("vpn", "covered", 100, ["vpn not connecting from field station", "vpn disconnects constantly", "cannot reach vpn from home",
        "vpn error {num}{num}{num}", "VPN chan eil e ag obair", "VPN ne connecta pas"]),
    ("outlook", "covered", 100, ["outlook won't launch", "outlook frozen on loading profile", "outlook asks for password over and over",
        "outlook shuts itself down", "Outlook s'obrís pas", "outlook ačylmaýar"]),
    ("mailbox-full", "covered", 45, ["mailbox quota reached", "email box is full cannot send", "mail storage limit hit",
        "tha am bogsa-puist làn"]),
    ("slow-pc", "covered", 100, ["computer extremely slow", "pc needs ten minutes to start", "laptop lagging badly",
        "desktop keeps hanging", "tha an coimpiutair slaodach", "l'ordinador es lent", "kompýuter haýal"]),
    ("monitor", "covered", 70, ["second monitor not seen by pc", "dock gives no picture", "monitor blank after dock",
        "screen flickering badly", "chan eil an sgrìn ag obair", "монитор күрсәтми"]),
    ("software", "covered", 90, ["please install software on my pc", "a program needs putting on my pc", "software install wanted",
        "can IT install an application", "request new software for laptop"]),
    ("shared-folder", "covered", 90, ["can't open the team share", "shared folder blocks me", "network drive disappeared",
        "need permission for the vet share", "mapped drive letter missing"]),
    ("phishing", "covered", 50, ["got a dodgy email asking for login", "think this mail is a phish", "scam mail pretending to be HR",
        "email asking me to buy gift cards", "phish reported by keeper"]),
    ("mfa", "covered", 90, ["2FA prompt not showing", "authenticator went with my dropped phone", "TOTP codes not arriving",
        "set up 2FA on replacement phone", "{app} 2FA not prompting", "dearbhadh dà-cheum chan eil e ag obair",
        "còdi 2FA arriba pas", "2FA kody gelmeýär", "no 2FA push for {app}"]),
    ("password-expired", "covered", 45, ["pw expired", "my password expired cannot sign in", "expired password on keeper pc",
        "dh'fhalbh an ùine air an fhacal-fhaire", "senhal expirat", "{app} says password expired"]),
    ("onedrive", "covered", 40, ["onedrive gave up syncing", "OneDrive files carry a red cross badge", "onedrive stuck on processing"]),
    ("teams-audio", "covered", 50, ["teams calls totally silent", "teams: I hear nobody", "teams microphone not picked up",
        "teams headset not working"]),
    ("bitlocker", "covered", 30, ["bitlocker wants a 48 digit key", "blue bitlocker page at startup", "need my bitlocker code"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop battery will not fill", "laptop dead no lights",
        "chan eil an laptop a' tòiseachadh", "ноутбук кабынмый"]),
    ("badge", "covered", 40, ["id card not opening staff gate", "access badge not working", "swipe card declined"]),
    ("restore", "covered", 35, ["recover deleted files please", "binned a whole folder by accident", "earlier copy of the stock sheet wanted"]),
    ("acrobat", "covered", 40, ["pdf won't open", "acrobat crashes opening files", "cannot open pdf attachment"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("life-support", "gap", 100, ["tank {line} life support readings wrong", "ORP probe drifting in reef tank",
        "Tankwatch not logging water quality", "LSS PUMP SCREEN FROZEN", "salinity probe needs recalibration",
        "protein skimmer controller not responding", "water chemistry dashboard blank"]),
    ("vet-imaging", "gap", 90, ["radiograph viewer won't open studies", "x-ray plate not sending to Vetchart",
        "animal ultrasound images missing", "DICOM studies stuck in vet queue", "VET XRAY DOWN"]),
    ("gps-collars", "gap", 80, ["gps collar {num}{num} not reporting", "Collarnet shows no fixes for the herd",
        "tracking collar battery data missing", "collar locations a day late", "telemetry collars offline"]),
    ("nest-cams", "gap", 70, ["nest cam stream frozen on website", "public animal cam showing offline",
        "Nestview live feed buffering", "puffin burrow camera black", "webstream of the otters not loading"]),
    ("diet-sheets", "gap", 65, ["diet sheets printing wrong rations", "Rationly weights not saving",
        "commissary prep list missing animals", "diet sheet shows old food items", "ration calculator error"]),
    ("incubators", "gap", 60, ["incubator {num} temperature alarm not clearing", "hatchery incubator humidity wrong",
        "Hatchly egg turning log empty", "incubator controller display dead", "brooder heat lamp controller fault"]),
    ("slide-gates", "gap", 55, ["slide gate interlock shows open", "keeper gate {line} won't release",
        "animal gate panel fault light", "Enclosura says gate unlocked when locked", "hydraulic gate stuck half way"]),
    ("member-kiosk", "gap", 45, ["membership kiosk won't print cards", "member renewal kiosk frozen",
        "Memberdesk card printer jammed at entrance", "kiosk says membership not found", "member cards printing blank"]),
]

VAGUE = ["Query", "Assist", "Login", "Camera", "Gate", "Kiosk", "Collar", "Probe", "Tank", "PC",
         "Sheets", "Help needed", "ASAP"]

ONEOFF_OBJECTS = ["mess room microwave", "keeper radio charger", "penguin feeding bucket scale", "reptile house thermostat",
    "boot wash hose", "golf buggy", "quad bike key", "enclosure padlock", "hay store light", "commissary freezer",
    "vet autoclave", "dart gun case", "visitor map board", "info desk tablet", "gift shop till", "café card machine",
    "pram rental kiosk", "picnic area speaker", "splash pad pump", "education centre projector", "lecture clicker",
    "touch pool sign", "aquarium glass cleaner", "dive log binder", "wetsuit rack", "nature trail sign",
    "volunteer rota sheet", "members' magazine", "donation box", "event calendar", "intranet rota page",
    "keeper rota calendar", "staff canteen menu", "wage slip portal", "leave form", "fleece uniform order",
    "keyboard", "mouse", "webcam", "headset", "SD card", "USB stick", "laptop sleeve", "work phone",
    "SIM card", "tablet case", "cage-card label printer", "laminator", "desk phone", "keeper office stool", "monitor arm",
    "kettle", "staff water dispenser", "first aid cabinet", "defibrillator sign", "visitor pass printer",
    "staff car park barrier arm", "bin store lock", "keeper locker", "bike rack", "walkie-talkie", "torch"]
ONEOFF_COMPLAINTS = ["broken", "not working", "query re", "missing", "due replacing", "error",
    "won't open", "request", "issue", "too old", "set wrong", "really slow", "won't start", "can't find",
    "how to use", "access wanted", "vanished", "won't save", "faulty", "setup please", "swap out please", "outdated",
    "greyed out", "wrong", "stuck", "blinking", "beeping", "cracked", "noisy"]
ONEOFF_FREE = [
    "who updates the visitor map board", "can the café menu screen show allergens", "need a power strip at the otter holt",
    "which form for a field station sim", "gift shop receipts printing pale", "when is the defib sign inspected",
    "where do we log lost keeper radios", "move my phone line to the quarantine block", "waterproof case for the dive tablet",
    "touch pool sign light flickers", "who edits the education pages", "order more visitor wristbands",
    "summer seasonals need logins", "café card machine rejects phones", "golf buggy charger sparks",
    "laser pointer missing from lecture theatre",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "SV: "), (0.06, "Antw: "), (0.08, "FW: "), (0.10, "[External] "), (0.13, "{plant}: "),
                  (0.15, "{person} - "), (0.17, "BZS{id7} "), (0.19, "Tank {line}: ")]
NOISE_SUFFIXES = [(0.05, " - {person}"), (0.07, " [{netid}]"), (0.09, " x{ext}"), (0.12, " ({bldg})"),
                  (0.15, " @ {plant}"), (0.17, " enclosure {line}"), (0.19, " BZS{id7}"), (0.21, " urgent pls"),
                  (0.22, " ??"), (0.24, " (typed on my Fairphone)"), (0.26, " logged for {first} {last}"),
                  (0.28, " - tapadh leat {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "read me the code {otp} from the text",
    "sms digits {otp_spaced}",
    "check code was {otp}, matched",
    "put {password} on it for now",
    "one-off pw issued: {password}",
    "insists {password} is what they typed",
    "starter pswd {password}",
    "Tapadh leibh\n{first} {last}\nSenior Keeper, {dept}",
    "login {USERID} frozen",
    "{USERID} to be unlocked",
    "{USERID} leaver, disable",
    "{first} {last} [{USERID}] using {ws2}",
    "my own mail is {email_obf}",
    "answer via {email}",
    "ring me {phone_nat}",
    "field mobile {phone_intl}",
    "courier it over to {address_x}",
    "home addr {address_eu}",
    "mail it to {address_us}",
    "FAO: {FIRST} {LAST} only",
    "curator {last} signed off",
    "please also include {first} {last}",
    "{first_plain} from {dept} spotted it",
    "wage number {id7}",
    "keeper id {id_alnum}",
    "card {id7} bounced at staff gate",
    "settled on {card}",
    "tablet {ws2} mac {mac2}",
    "traffic seen from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Brackenholt Zoological Society.", "Brackenholt Zoological Society"),
    ("building", "Meet at the Heron Pavilion.", "Heron Pavilion"),
    ("place", "Otters arrived from Inverness.", "Inverness"),
    ("product", "The Corvid X4 collars lose fixes.", "Corvid X4"),
    ("team", "Handed to Team Savannah.", "Team Savannah"),
    ("category", "Category: Animals, Aquarium, Retail", "Aquarium, Retail"),
    ("version", "Controller firmware 7.3.19.4410 applied.", "7.3.19.4410"),
    ("error_code", "Panel shows LSS-F208.", "LSS-F208"),
    ("server_name", "Logs on BZA-PLC-03.", "BZA-PLC-03"),
    ("role_email", "Copy vet.desk@brackenholt-zoo.example.org in.", "vet.desk@brackenholt-zoo.example.org"),
    ("asset_tag", "Asset BZM-CAM-007731 returned.", "BZM-CAM-007731"),
    ("ticket_ref", "See CHG0071942.", "CHG0071942"),
    ("place", "Penguins flown in from Toulouse.", "Toulouse"),
    ("product", "Four Helix 12 incubators ordered.", "Helix 12"),
    ("place", "Samples sent to Kazan.", "Kazan"),
]

PHONES_INTL = ["+44 1463 550 219", "+33 5 61 55 02 47", "+44 1624 550 318", "+7 843 555 01 62", "+992 37 555 0148",
               "+993 12 55 01 39", "+64 9 555 0172", "+595 21 555 0186", "+676 55 014", "+44 1872 550 427"]
PHONES_NATIONAL = ["01463 550 219", "05 61 55 02 47", "01624 550318", "01872 550 427", "07700 900 538", "(0131) 496 0712"]
ADDRESSES_EU = ["Sràid na h-Eaglais 14, Steòrnabhagh HS1 2DP", "Carrièra dels Filatièrs 9, 31000 Tolosa",
                "Straed Sant-Erwan 22, 29200 Brest", "Lemon Street 41, Truro TR1 2PN",
                "Athol Street 7, Douglas IM1 1LD", "Баумана урамы 38, Казан 420111"]
ADDRESSES_US = ["915 Tamarack Way Unit 2C, Boise, ID 83702", "47 Quarry Hill Rd, Montpelier, VT 05602",
                "PO Box 4418, Flagstaff, AZ 86003", "3320 Wren Ave Ste 7, Lincoln, NE 68502"]
ADDRESSES_OTHER = ["Ismoili Somoni St 23, kv. 9, Dushanbe 734061", "Magtymguly shaýoly 52, Aşgabat 744000",
                   "7 Karangahape Terrace, Newton, Tamaki Makaurau 1010", "Avda. Mariscal López 1650, Asunción 1209",
                   "Taufa'ahau Road, Nuku'alofa", "Flat 3, 19 Market Street, Kirkwall KW15 1BX"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Halò,", "Adieu,", "Demat,", "Morning IT,", "Kia ora,", "Hello helpdesk,", "Hey {first},"]
RICH_SIGNOFFS = ["Tapadh leibh\n{first}", "Many thanks,\n{first} {last} ({dept})", "Ta muchly, {first}",
                 "Mercé plan\n{first} {last}", "--\n{first} {last} | Senior Keeper | {phone_intl}",
                 "Ngā mihi\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang the keeper, no answer.", "Remote session taken.", "Animal welfare risk, raised to P1.",
                 "Awaiting curator approval.", "Vendor case logged.", "Rechased on the ward phone.",
                 "Passed to infrastructure.", "Left word on voicemail.", "Caller in with the animals, will ring back.",
                 "Spoke to the duty vet."]
RICH_GENERIC_NOTES = ["Walked through it by phone.", "Nobody answered, shutting it.", "Done.", "Caller confirms working.",
                      "Nothing further, closing.", "Working again now."]
RICH_ONEOFF_BODIES = ["Would somebody inspect the {thing}? Odd behaviour since the feeding round.",
                      "Which team owns the {thing}?",
                      "The {thing} by the keepers' mess needs a look.",
                      "Please sort the {thing} before the school groups arrive."]

RICH_TOPICS = [
    ("wifi", "covered", 370,
     ["wifi dropping at aviary", "staff wifi nowhere", "wifi won't join"],
     ["The wifi along the aviary walkway drops every couple of minutes.",
      "The otter holt tablet lists every network except ours.",
      "Wifi shows connected but no website will load."],
     ["Forgot and rejoined the network.", "Access point by the walkway rebooted by network team.",
      "Wlan driver bumped; no drops since."]),
    ("printer", "covered", 230,
     ["printer marked offline", "zero pages come out", "print queue jammed up"],
     ["The vet theatre printer shows offline and won't print anything.",
      "Everything I send sits in the queue with an error.", "No one in the commissary can print."],
     ["Queue emptied, spooler service bounced twice.", "Switched the printer off and on.", "Printer removed and re-added."]),
    ("lockout", "covered", 150,
     ["acct lock on me", "locked out", "locked out once more"],
     ["After two wrong tries my account is locked again.",
      "Every time I come back from the field station I'm locked out.",
      "Windows reports that my login has been locked."],
     ["Unlocked; old saved password removed from the user's phone.", "Lock cleared; user signed in."]),
    ("life-support", "gap", 150,
     ["tank readings wrong", "life support dashboard blank", "ORP probe drifting"],
     ["The reef tank's ORP reading has drifted all morning though the water tests fine.",
      "The life support dashboard for the shark tank has been blank since the night shift.",
      "Tankwatch stopped logging salinity at midnight."],
     ["Probe recalibrated and logging service restarted.", "Dashboard data source reconnected.",
      "PLC gateway rebooted; readings back."]),
    ("vet-imaging", "gap", 120,
     ["x-ray viewer won't open", "radiographs not sending", "ultrasound images missing"],
     ["The radiograph viewer in the vet theatre won't open this morning's studies.",
      "X-ray plates from the lion exam never reached the animal's record.",
      "Ultrasound images from yesterday's checks are missing from the archive."],
     ["Imaging archive service restarted.", "Plate reader re-paired with the workstation.",
      "Stuck studies re-sent from the modality."]),
    ("gps-collars", "gap", 90,
     ["collar not reporting", "no collar fixes", "tracking data late"],
     ["Collar 41 hasn't reported a location since Tuesday.",
      "The collar portal shows no fixes for the whole herd today.",
      "Collar positions arrive a day late in the dashboard."],
     ["Satellite download job restarted.", "Collar ingest credentials renewed.",
      "Vendor fixed their API outage."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN falls off constantly"],
     ["VPN won't connect from the field station.", "VPN connects then disconnects a minute later."],
     ["Corrected the gateway address; VPN stable.", "Removed and put the VPN client back."]),
    ("mailbox-full", "covered", 80,
     ["mailbox at its ceiling", "over email quota"],
     ["Outlook refuses to send, quota message shown.", "Warning that my mailbox is almost full."],
     ["Archived old mail to the online archive.", "Showed the user how to empty the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive went missing", "folder refuses entry"],
     ["The vet drive disappeared from my computer.", "Access denied on the conservation folder."],
     ["P: drive letter given back.", "Folder owner granted access."]),
    ("teams-audio", "covered", 60,
     ["Teams totally mute", "Teams cannot find my mic"],
     ["People can't hear me on Teams.", "Teams plays through the laptop speakers instead of my headset."],
     ["Set the headset as the Teams audio device.", "Audio driver reinstalled."]),
    ("restore", "covered", 40,
     ["bring back a binned file", "need older copy"],
     ["I deleted the feeding rota from the shared drive, can you get it back?",
      "I overwrote the enclosure checklist, is there an earlier version?"],
     ["Restored from version history.", "Recovered from last night's backup."]),
]
