"""TENTH HELD-OUT phrasing bank (v10): FROZEN. Written and committed before any tuning of the tenth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional mining company ("Ironbark Ridge Mining": an open-pit mine, a processing plant, an assay
laboratory, a rail load-out, an explosives magazine, a fly-in fly-out camp, a workshop for haul
trucks and a remote operations centre in the city) instead of a university, retailer,
manufacturer, council, shipping company, law firm, hotel group, water utility, broadcaster or
airport. Its own systems (haul-truck dispatch, drill navigation, assay results, weighbridge
dockets, camp bookings, shift rosters, permits to work, fatigue monitoring, survey corrections),
staff numbers written "IRM" plus digits, placeholder and closure habits of yet another desk
("nil", "blank", "no details left", "actioned", "cx rang back", "dup of earlier", "raised in
error", "FYI only", "spam", "—"), tests of other shapes ("QA run", "trial ticket", "check check",
"dummy"), machine and status mail of shapes no earlier bank used (PLC comms faults, SNMP traps,
geofence breaches, VM snapshot reports, scheduled-task exit codes, cert renewals, queue-depth
warnings, RAID rebuilds, NTP drift, generator run reports, licence-server counts, radio-repeater
faults, auto-replies in Afrikaans, Tok Pisin, Faroese and Galician), printer status of other
shapes (SNMP alert codes, maintenance-kit counts, drum end of life, deleted job logs), real
requests that LOOK machine-like (camp room bookings with rotation dates, site induction records
with levels, PPE issue forms with sizes, contractor onboarding with company and start date,
flight manifest changes; subjects with pasted fault codes and asset numbers), names of other
languages (Tok Pisin and PNG names, Afrikaans, Shona, Setswana, Chilean and Quechua, Pashto,
Tajik, Faroese, Luxembourgish, Galician), generic password, lockout, MFA and expiry requests
phrased many ways and written in languages v1-v9 did not use (Tok Pisin, Bislama, Afrikaans,
Shona, Setswana, Sesotho, Chichewa, Quechua, Aymara, Cebuano, Javanese, Wolof, Luganda, Oromo,
Tigrinya, Pashto, Tajik, Turkmen, Kyrgyz, Faroese, Luxembourgish, West Frisian, Galician,
Corsican), many of them spelt like English, and mixed with English, covered DEVICE and NETWORK
topics written the same way, and eight gap topics whose words the evaluation KB lacks or uses in
another sense (a "dock" charges and bump-tests gas detectors, not laptops; a "ticket" is a
weighbridge docket; a "camera" watches a driver's eyes, not a meeting; a "screen" is a truck's
dispatch display or a plant HMI; a "base station" sends survey corrections, not Wi-Fi).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a truck, pit or bay number.
"""

ORG = "Ironbark Ridge Mining"
DOMAIN = "ironbark-ridge.example.com"
START = "2025-09-08"
DAYS = 33
OUTLIER_DATES = ("1999-12-31 23:59:00", "2038-01-19 03:14:07", "2011-11-11 11:11:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Kila Wari Dulcie Tonik Pepi Anneke Pieter Marlize Tendai Chipo Farai Kagiso Lerato Boitumelo
Ximena Wayra Inti Nayra Rodrigo Zarghuna Wahid Farzana Dilnoza Rustam Firuz Jógvan Turið Sámal Marie-Jeanne
Guy Xoán Uxía Brais Olalla Ben Holly Dean Amber Ross""".split()

LAST_NAMES = """Kaupa Tamarua Waiko Namaliu Pokana Botha Van der Merwe Pretorius Moyo Chikwanha Mutasa Molefe
Kgosi Seretse Quispe Mamani Huanca Condori Ahmadzai Yusufzai Karimov Rahmonov Nazarov Joensen Poulsen
Dalsgaard Weber Schmit Reuter Castro Varela Fernández Otero Thornton Walsh Rigby Cooper Hale""".split()

APPS = ["Haulsight", "DrillNav", "Assayr", "Weighline", "Campbook", "Shiftpit", "PermitPro", "Oretrack",
        "Fatigard", "Surveyo", "Magazine+", "Railtally"]

DEPTS = ["Mine Ops", "Processing", "Assay Lab", "Maintenance", "HSE", "Survey", "Drill & Blast", "Rail",
         "Camp Services", "Supply", "Finance", "ROC"]
BUILDINGS = ["Admin building", "Workshop", "Crib room", "Assay lab", "Control room", "Camp reception",
             "Weighbridge hut", "Magazine office"]
PLANTS = ["North pit", "South pit", "Processing plant", "Rail load-out", "Camp", "City office"]
PLANT_CODES = ["IRN", "IRS", "IRP", "IRC"]
ID_PREFIXES = ["IRM", "CTR-", "VIS"]
SENDERS = ["plc-gw", "snmp", "vmware", "taskrunner", "gensets", "flexlm"]
HOST_PARTS = ["irp-plc", "irn-fms", "irc-esx", "irp-hist", "irs-rad", "irc-lic", "irp-sql", "irn-gnss",
              "irc-fs", "irp-opc"]
SERVICES = ["DispatchBridge", "AssayIngest", "WeighSync", "RosterPush", "PermitFeed", "TelemetryHub"]
JOBS = ["ORE_RECON", "WB_EXPORT", "CAMP_ALLOC", "ASSAY_LOAD", "PAYROLL_XFER", "GPS_ARCHIVE"]
PRINTER_MODELS = ["Kyocera TASKalfa 3554ci", "Lexmark CX735", "Epson WorkForce Pro WF-C879R", "Ricoh IM C2500",
                  "Canon imageRUNNER ADVANCE DX C3826i"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["nil", "blank", "<blank>", "no details left", "actioned", "cx rang back", "dup of earlier",
                "raised in error", "FYI only", "spam", "—", "n.a.", "-", "nothing to report", "caller gone",
                "line went dead", "no answer on callback", "resolved on first call", "query answered",
                "info given", "transferred to site", "logged on behalf", "see email chain", "as discussed",
                "per phone call", "{FIRST} {LAST}", "{last}", "{first} rang", "msg for {first}", "Geen onderwerp",
                "Nogat tok", "Einki evni", "Sen asunto", "?", "..", "cheers", "ta", "all good now", "cancel"]
TESTS = ["QA run - ignore", "trial ticket", "check check", "dummy", "dummy ticket {num}", "QA{num}{num}",
         "test from Haulsight connector", "testing email to ticket", "pls ignore - testing", "tst",
         "end to end check {num}", "T E S T", "dry run", "mock incident"]
ALERTS = [
    "PLC {host} comms fault - tag CV{num}{num}_RUN bad quality",
    "SNMP trap from {ip}: linkDown ifIndex {num}{num}",
    "Geofence breach: HT{num}{num} left zone PIT-{num} at {ts}",
    "VM snapshot report {date}: {num} snapshots older than {num}{num} days",
    "Scheduled task \\{job} exited with code 0x{num}{num}{num}",
    "Certificate renewal failed for {host}.{domain}",
    "Queue depth warning: {svc} {num}{num}{num}{num} msgs",
    "RAID rebuild started on {host} (disk {num})",
    "RAID rebuild complete on {host}",
    "NTP offset {num}{num}{num} ms on {host}",
    "Generator GEN-{num} weekly run: OK, {num}{num} min, fuel {pct}%",
    "Licence server {host}: {num}{num}/{num}{num} seats in use",
    "Radio repeater RPT-{num} at {plant} - VSWR fault",
    "{svc} heartbeat missed x{num} ({ts})",
    "Backup copy job {job} finished with warning",
    "Outbound mail queue on {host} > {num}{num}{num}",
    "Conveyor CV-{num}{num} tripped: belt drift sensor",
    "Crusher lube pressure low - alarm {code}",
    "Outomatiese antwoord: uit kantoor tot {date}",
    "Ansa bilong kompiuta: mi no stap long ofis",
    "Sjálvvirkandi svar: eg eri burtur",
    "Resposta automática: fóra da oficina ata {date}",
    "{job} step 3 abend {code} at {ts}",
    "Disk {num}{num}% on {host} /var/log",
    "[WARN] {svc} p95 latency {num}{num}{num}{num} ms",
]
PRINTER_STATUS = [
    "SNMP prtAlert {num}{num}0{num} on {printer}",
    "Maintenance kit due in {num}{num}{num} pages - {serial}",
    "Drum end of life (K) - {model}",
    "Job log {printer}: {num} jobs deleted",
    "{model} at {ip}: cover open",
    "Staple cartridge empty {printer}",
    "Scan from {model} {date} {time}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-camp", "form", "Camp room booking - rotation {date} to {date} - {LAST}/{FIRST} - Blk {line}"),
    ("form-induction", "form", "Induction record: {person} ({id7}) completed L{num} surface induction"),
    ("form-ppe", "form", "PPE issue #{id7} - {person} - boots sz {num}, hi-vis {num}XL"),
    ("form-contractor", "covered", "Contractor onboarding | {person} | start {date} | sponsor {last}"),
    ("form-manifest", "form", "FIFO manifest change {date} {person} IRM{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["pwd reset", "forgotten password", "reset my pass word", "password reset IRM{id7}",
                    "cant log in forgot password", "password not accepted anymore", "need password reset asap",
                    "new pw pls", "passwrd reset", "pass reset please mate", "password stuffed up",
                    "i need to reset my password", "password reset for the crib room pc",
                    "mi lusim paswod bilong mi", "paswod bilong mi i no wok", "mi fogetem pasword blong mi",
                    "ek het my wagwoord vergeet", "wagwoord herstel asseblief", "ndakanganwa password yangu",
                    "ke lebetse lefoko la sephiri", "ke lebetse phasewete ya ka", "ndayiwala mawu achinsinsi",
                    "contraseñayta qunqarqani", "contraseña chhaqtayawi", "nakalimtan nako ang password",
                    "aku lali password", "fatte naa sama baatu jàll", "nneerabidde ekigambo kyange eky'ekyama",
                    "jecha darbii koo irraanfadhe", "ቃለ ምስጢረይ ረሲዐዮ", "پټنوم مې هېر شو", "пароламро фаромӯш кардам",
                    "açar sözümi ýatdan çykardym", "сырсөзүмдү унутуп калдым", "eg havi gloymt loyniorðið",
                    "ech hunn mäi Passwuert vergiess", "ik bin myn wachtwurd ferjitten",
                    "esquecín o contrasinal", "aghju scurdatu a mo parolla d'ordine",
                    "wagwoord reset pls", "paswod reset plis", "password reset plis, mi no inap login",
                    "password yangu reset please", "contrasinal reset por favor"]
APP_PASSWORD = ["{app} login not working", "{app} - forgot password", "locked out of {app}",
                "{app} keeps saying invalid credentials", "{APP} LOGON FAILED", "cant get into {app} since friday",
                "{app} password reset required", "{app} account disabled?", "{app} pw expired on tablet",
                "{app} wont accept new password", "unable to sign on to {app}", "reset my {app} login"]
LOCKOUT = ["account locked", "locked out again!!", "my login is locked", "locked out of pc",
           "account lock after wrong pw", "user locked - pls unlock", "unlock me please", "ID locked at crib room",
           "akaun bilong mi i lok", "mi no inap go insait, akaun i lok", "my rekening is gesluit",
           "akaunti yangu yakavharwa", "akhaonto ya me e notletswe", "cuentay wichqasqa", "akun kula dikunci",
           "akawunti yange eggaddwa", "herrega koo cufameera", "حساب مې قلف شو", "ҳисобам баста шуд",
           "kontan er læst", "mäi Kont ass gespaart", "a miña conta está bloqueada", "akaun locked plis unlock",
           "rekening locked - unlock asseblief"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 170, ["copier not taking my jobs", "print queue stuck", "printer offline in crib room",
        "printer fault {code}", "CAN'T PRINT", "printa i no wok", "drukker druk nie", "printer haishande",
        "impresora no imprime", "printer nie werk nie"]),
    ("wifi", "covered", 150, ["camp wifi dropping out", "no wireless in donga", "wifi won't connect at workshop",
        "lost wifi in admin", "WIFI DOWN", "wifi i no wok long kemp", "wifi werk nie", "wifi haishande",
        "wifi mana llamk'anchu"]),
    ("vpn", "covered", 110, ["vpn not connecting from home", "vpn keeps disconnecting", "GlobalProtect stuck connecting",
        "vpn error 8{num}{num}", "VPN koppel nie", "vpn i no wok", "VPN haibatane"]),
    ("outlook", "covered", 100, ["outlook won't start", "outlook freezing", "outlook keeps asking for pw",
        "outlook stuck on loading profile", "Outlook maak nie oop nie", "outlook i no op"]),
    ("mailbox-full", "covered", 40, ["mailbox over size limit", "email storage full", "inbox full cant send",
        "posbus vol"]),
    ("slow-pc", "covered", 110, ["computer very slow", "laptop slow to boot", "pc running like a dog",
        "everything slow on my pc", "rekenaar baie stadig", "kompiuta i slo tumas", "computer inononoka"]),
    ("monitor", "covered", 70, ["second screen not detected", "monitor black", "docking station no display",
        "screen flickering", "skerm werk nie", "monita i no soim"]),
    ("software", "covered", 90, ["please install software", "need project installed", "software request",
        "install program on my pc", "can I get an app installed"]),
    ("shared-folder", "covered", 90, ["no access to shared drive", "shared folder permission denied",
        "network drive gone", "need access to the mine ops share", "S drive missing"]),
    ("phishing", "covered", 50, ["dodgy email with link", "phishing attempt", "fake invoice email",
        "email wants my login looks suss", "reporting a scam mail"]),
    ("mfa", "covered", 70, ["MFA prompt not showing", "authenticator not working new phone", "2FA not arriving",
        "mfa setup on new mobile", "MFA kode kom nie", "MFA kod i no kam", "MFA code haisvike"]),
    ("password-expired", "covered", 40, ["password expired", "pw expired can't log in", "expired password laptop",
        "wagwoord het verval", "paswod i pinis", "password yapera nguva", "contrasinal caducado"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "OneDrive sync stuck", "onedrive red cross on files"]),
    ("teams-audio", "covered", 50, ["teams no audio", "can't hear anyone on teams", "teams microphone not working",
        "teams not picking up headset"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key", "bitlocker screen on boot", "laptop wants bitlocker key"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop not charging", "laptop flat won't start",
        "skootrekenaar skakel nie aan nie", "laptop i no laik stat"]),
    ("badge", "covered", 40, ["swipe card not opening door", "access card not working at gate", "badge denied at door"]),
    ("restore", "covered", 35, ["recover deleted file", "accidentally deleted folder", "need old version of spreadsheet"]),
    ("acrobat", "covered", 40, ["pdf won't open", "adobe keeps crashing", "cant open pdf attachment"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("fms-display", "gap", 100, ["haul truck dispatch screen frozen", "FMS display not showing assignment",
        "dispatch tablet in HT{num}{num} lost GPS", "truck screen stuck on old load", "FMS DISPLAY BLANK",
        "Haulsight screen in truck not updating", "dispatch display keeps rebooting"]),
    ("gas-dock", "gap", 90, ["gas detector bump test failing at dock", "bump station won't calibrate",
        "gas monitor dock shows fail", "gas detector not syncing to dock", "BUMP TEST FAIL ALL UNITS"]),
    ("weighbridge", "gap", 80, ["weighbridge docket not printing", "weighbridge reading zero",
        "weighbridge camera not reading rego", "weighbridge ticket missing tare", "WEIGHBRIDGE DOWN",
        "weighbridge dockets not in Weighline"]),
    ("assay", "gap", 70, ["assay results not in LIMS", "lab results late for batch", "XRF not uploading results",
        "assay batch stuck in pending", "Assayr results missing grades"]),
    ("fatigue-camera", "gap", 65, ["fatigue camera false alarms", "driver fatigue camera offline HT{num}{num}",
        "fatigue system keeps alerting on me", "fatigue monitor not recording events", "fatigue cam misaligned"]),
    ("plant-hmi", "gap", 60, ["plant HMI screen frozen", "SCADA screen in control room not updating",
        "HMI touch not responding at crusher", "HMI lost comms to PLC", "control room HMI stuck"]),
    ("gnss", "gap", 55, ["GNSS rover no fix", "survey base station corrections dropping", "RTK corrections lost",
        "rover stuck on float", "base station not broadcasting"]),
    ("drill-nav", "gap", 45, ["drill rig nav won't load pattern", "blast pattern not loading to drill",
        "DrillNav showing wrong hole", "drill guidance screen offline", "hole depth not logging on rig"]),
]

VAGUE = ["Problem", "Query", "Login", "Printer", "Truck", "Screen", "Dock", "Camera", "Computer", "Outlook",
         "Tablet", "Radio", "Fault"]

ONEOFF_OBJECTS = ["crib room microwave", "donga TV", "camp laundry card", "gym access", "boot dryer", "ute radio",
    "light vehicle GPS", "fuel card", "first aid tablet", "emergency siren", "muster board", "tag board",
    "sample bags order", "core tray labels", "lab fridge", "fume cupboard alarm", "pump station light",
    "tailings camera", "water cart screen", "dozer seat", "grader radio", "workshop hoist", "tyre gauge",
    "parts catalogue", "stores kiosk", "PPE vending machine", "toolbox talk slides", "safety share video",
    "intranet page", "staff directory", "email signature", "shared calendar", "Teams channel", "SharePoint list",
    "Excel roster", "Word template", "PowerPoint deck", "timesheet", "payslip", "super portal", "expenses app",
    "keyboard", "mouse", "webcam", "headset", "USB stick", "HDMI cable", "charger", "dock adaptor",
    "mobile phone", "SIM card", "satellite phone", "tablet case", "label printer", "shredder", "whiteboard",
    "projector", "presenter remote", "desk phone", "chair", "standing desk", "desk lamp", "coffee machine",
    "bus timetable screen", "airstrip windsock camera", "visitor sign-in kiosk"]
ONEOFF_COMPLAINTS = ["broken", "not going", "question", "lost", "needs swapping", "error", "won't open",
    "request", "issue", "old", "wrong", "really slow", "won't boot", "can't find", "how to", "need access",
    "disappeared", "won't save", "dodgy", "set up", "replace pls", "needs update", "greyed out", "incorrect",
    "stuck", "blinking", "beeping", "cracked", "too quiet"]
ONEOFF_FREE = [
    "who looks after the muster board screen", "can the donga TV get more channels", "need a longer cable in the crib room",
    "what form for a contractor's sat phone", "stores kiosk printing blank pick slips", "siren test schedule changed?",
    "where do I log lost tools", "move my desk phone to the workshop", "need a rugged cover for my tablet",
    "tag board light flashing red", "who owns the safety share page", "order more core tray labels",
    "new grads need logins", "PPE vending machine rejects card", "water cart screen mount loose",
    "projector remote gone from training room",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "Antw: "), (0.08, "FW: "), (0.10, "[External] "), (0.13, "{plant} / "),
                  (0.15, "{person}: "), (0.17, "IRM{id7} - "), (0.19, "HT{line} ")]
NOISE_SUFFIXES = [(0.05, " -- {person}"), (0.07, " [{netid}]"), (0.09, " ph {ext}"), (0.12, " ({bldg})"),
                  (0.15, " at {plant}"), (0.17, " bay {line}"), (0.19, " IRM{id7}"), (0.21, " urgent pls"),
                  (0.22, " ??"), (0.24, " (Sent from my iPhone)"), (0.26, " on behalf of {first} {last}"),
                  (0.28, " - cheers {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "verification number read out: {otp}",
    "sms code was {otp_spaced}",
    "one time pin {otp} given",
    "reset it to {password} for now",
    "set a temporary one: {password}",
    "reckons {password} used to work",
    "starter password {password}",
    "Cheers\n{first} {last}\nShift Supervisor, {dept}",
    "login {USERID} locked",
    "please unlock {USERID}",
    "{USERID} disabled by offboarding",
    "{first} {last} [{USERID}] on {ws2}",
    "private email {email_obf}",
    "reply to {email}",
    "mob {phone_nat}",
    "sat phone {phone_intl}",
    "courier to {address_x}",
    "residential {address_eu}",
    "post to {address_us}",
    "ATTN {FIRST} {LAST}",
    "superintendent {last} signed off",
    "loop in {first} {last}",
    "{first_plain} from {dept} called it in",
    "employee no {id7}",
    "contractor number {id_alnum}",
    "card {id7} blocked at the boom gate",
    "fuel card {card}",
    "tablet {ws2} wifi MAC {mac2}",
    "from IP {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Quote from Ironbark Ridge Mining.", "Ironbark Ridge Mining"),
    ("building", "Muster at the Wattle Room.", "Wattle Room"),
    ("place", "Shipment railed to Port Hedland.", "Port Hedland"),
    ("product", "The Komodo X3 tablets crack in the heat.", "Komodo X3"),
    ("team", "Handed to Team Basalt Support.", "Team Basalt Support"),
    ("category", "Category: Plant, Fleet, Lab", "Fleet, Lab"),
    ("version", "Build 7.2.14.903 rolled out.", "7.2.14.903"),
    ("error_code", "Dock shows BMP-4410.", "BMP-4410"),
    ("server_name", "Data on IRC-FS-02.", "IRC-FS-02"),
    ("role_email", "Copy roc.shift@ironbark-ridge.example.com in.", "roc.shift@ironbark-ridge.example.com"),
    ("asset_tag", "Asset IRP-GAS-007731 returned.", "IRP-GAS-007731"),
    ("ticket_ref", "Linked to INC0915526.", "INC0915526"),
    ("place", "Crew flew out of Lae.", "Lae"),
    ("product", "Two Nomad Pro rovers on order.", "Nomad Pro"),
    ("place", "Parts sent from Antofagasta.", "Antofagasta"),
]

PHONES_INTL = ["+675 325 5014", "+27 11 555 0172", "+263 4 555 019", "+267 395 5011", "+56 2 2555 0134",
               "+93 20 555 0188", "+992 37 555 0121", "+298 555 012", "+352 555 014", "+61 8 5550 1234"]
PHONES_NATIONAL = ["325 5014", "011 555 0172", "(02) 2555 0134", "08 5550 1234", "0412 555 019", "020 555 0188"]
ADDRESSES_EU = ["Rúa do Franco 18, 2º dcha., 15705 Santiago de Compostela", "Niels Finsens gøta 7, 100 Tórshavn",
                "Grand-Rue 41, L-1661 Luxembourg", "Kleine Kerkstraat 9, 8911 DL Leeuwarden",
                "Cours Napoléon 22, 20000 Ajaccio", "3 Wharf Lane, Truro TR1 2AB"]
ADDRESSES_US = ["1450 Granite Ave Apt 6C, Reno, NV 89502", "72 Copper Ln, Butte, MT 59701",
                "PO Box 4419, Elko, NV 89803", "930 Quarry Rd Unit 3, Hibbing, MN 55746"]
ADDRESSES_OTHER = ["Section 12, Allotment 7, Waigani, Port Moresby", "14 Jan Smuts Ave, Rosebank, Johannesburg 2196",
                   "Plot 5541, Extension 9, Gaborone", "Av. Grecia 1250, depto. 402, Antofagasta",
                   "Rudaki Ave 88, apt. 14, Dushanbe 734025", "Shar-e-Naw, Street 4, House 19, Kabul"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Gudei,", "Goeie môre,", "Mhoro,", "G'day team,", "Dumela,", "Hi all,", "Dear {first},"]
RICH_SIGNOFFS = ["Tenkyu\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Cheers - {first}",
                 "Baie dankie\n{first} {last}", "--\n{first} {last} | Shift Supervisor | {phone_intl}",
                 "Regards\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang the ROC, no answer.", "Remote session started.", "Production impact, bumped to P2.",
                 "Waiting on the shift supervisor.", "Vendor case raised.", "Followed up by phone.",
                 "Assigned to mine technology.", "Left a voicemail.", "User in the pit, will call back.",
                 "Spoke to the control room."]
RICH_GENERIC_NOTES = ["Fixed on the phone.", "No response, closing.", "Done.", "User confirmed all good.",
                      "Closed, no further action.", "Working again."]
RICH_ONEOFF_BODIES = ["Can someone check the {thing}? It has been playing up since night shift.",
                      "Who is responsible for the {thing}?",
                      "The {thing} at the workshop needs a look.",
                      "Please sort the {thing} before the next rotation."]

RICH_TOPICS = [
    ("wifi", "covered", 380,
     ["camp wifi dropping", "no wireless", "wifi won't join"],
     ["The wifi in my donga drops out every few minutes at night.",
      "My laptop cannot see the staff wireless in the workshop.",
      "Wifi shows connected but pages never load."],
     ["Wireless profile removed and added again.", "Access point power-cycled by networks.",
      "Wireless adapter driver updated; stable since."]),
    ("printer", "covered", 240,
     ["printer offline", "cannot print", "jobs stuck printing"],
     ["The crib room printer shows offline and nothing comes out.",
      "My print jobs stay in the queue with an error.", "No one in the assay lab can print."],
     ["Queue cleared and print spooler restarted.", "Printer power-cycled.", "Printer removed and added back."]),
    ("lockout", "covered", 160,
     ["account locked", "locked out", "locked out again"],
     ["My account locks after a couple of wrong passwords.",
      "I get locked out every time I come back from my rotation.",
      "Windows tells me my account is locked."],
     ["Account unlocked; old password cleared from the phone.", "Unlocked; user logged in."]),
    ("fms-display", "gap", 150,
     ["dispatch screen frozen", "truck display blank", "FMS not showing assignment"],
     ["The dispatch screen in haul truck 14 has shown the same load since the start of shift.",
      "Two truck displays went blank after the radio network dropped.",
      "The FMS display keeps the old assignment after the controller changes it."],
     ["Truck display rebooted and re-registered with dispatch.", "Display unit swapped by the workshop.",
      "Dispatch server service restarted."]),
    ("gas-dock", "gap", 120,
     ["gas detector dock failing", "bump test fail", "dock won't calibrate"],
     ["Every gas detector fails its bump test at the dock in the workshop.",
      "The docking station will not calibrate the detectors since the gas bottle change.",
      "My gas monitor does not sync its logs when docked."],
     ["Calibration gas bottle replaced and dock re-zeroed.", "Dock firmware updated.",
      "Dock network cable reseated; syncing again."]),
    ("weighbridge", "gap", 90,
     ["weighbridge docket not printing", "weighbridge reading zero", "weighbridge camera not reading"],
     ["The weighbridge printer does not print dockets for outgoing trucks.",
      "The weighbridge shows zero with a loaded truck on it.",
      "The plate camera at the weighbridge does not read the registration."],
     ["Weighbridge indicator restarted and re-zeroed.", "Docket printer replaced.",
      "Camera refocused and cleaned."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops out"],
     ["VPN will not connect from the city office hotel.", "The VPN connects and drops after a minute."],
     ["Portal address corrected; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox over limit"],
     ["Outlook says my mailbox is full and I can't send.", "I got a warning my mailbox is almost full."],
     ["Old mail archived.", "Showed how to tidy the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive gone", "folder access denied"],
     ["The mine ops drive has disappeared from my PC.", "Access denied on the shift reports folder."],
     ["Drive mapped again.", "Access granted by the folder owner."]),
    ("teams-audio", "covered", 60,
     ["no audio in Teams", "Teams mic not working"],
     ["No one can hear me in Teams.", "Teams plays through the laptop not my headset."],
     ["Headset selected in Teams settings.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["recover deleted file", "need earlier version"],
     ["I deleted a blast plan on the shared drive, can it be recovered?",
      "I saved over the roster, is there an older version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
