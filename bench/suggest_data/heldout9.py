"""NINTH HELD-OUT phrasing bank (v9): FROZEN. Written and committed before any tuning of the ninth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional regional airport operator ("Skerrow Regional Airport": two terminals, a baggage hall,
airside operations, ground handling, a fuel farm, a fire station, a cargo shed and a control
centre) instead of a university, retailer, manufacturer, council, shipping company, law firm,
hotel group, water utility or broadcaster. Its own systems (gate and stand planning, baggage
reconciliation, crew rosters, fuel dockets, notices to airmen, passenger flow, hangar bookings),
staff numbers written "SRA-" plus digits, placeholder and closure habits of yet another desk
("n/a", "no subject", "logged for stats", "courtesy call", "misdial", "handover note", "ok",
"thanks", "see attached", no-subject labels of other languages), tests of other shapes ("smoke
test", "canary ticket", "drill", "ping"), machine and status mail of shapes no earlier bank
used (incident-paging lines, CI build results, container restarts, patch compliance, UPS and
temperature alarms, door-held alarms, synthetic checks, log shipping, SFTP transfers, SMS
gateway queues, security-log lines about failed sign-ins and account lockouts, password-expiry
reminders a directory sends, auto-replies in Malay, Albanian, Icelandic and Serbian), printer
status of other shapes (waste toner, fuser life, automatic supply orders, meter reads, status by
IP), real requests that LOOK machine-like (airside pass applications with zones and dates, shift
swaps with two dates and times, parking permits with a registration, a leaver feed line, radio
loan references; subjects with pasted error codes, hex codes and host names), names of other
languages (Malay, Albanian, Icelandic, Georgian, Armenian, Amharic, Yoruba, Zulu, Somali,
Kazakh), generic password, lockout, MFA and expiry requests phrased many ways and written in
languages v1-v8 did not use (Malay, Albanian, Icelandic, Maltese, Azerbaijani, Uzbek, Kazakh,
Mongolian, Georgian, Armenian, Amharic, Khmer, Sinhala, Nepali, Telugu, Malayalam, Gujarati,
Punjabi, Yoruba, Igbo, Zulu, Somali, Latvian, Estonian, Kinyarwanda, Macedonian, Serbian,
Lao, Burmese) and mixed with English, covered DEVICE and NETWORK topics written the same way, and
eight gap topics whose words the evaluation KB lacks or uses in another sense (a "board" is a
departure board, not a keyboard; a "reader" reads boarding passes; a "scanner" reads bag tags,
not paper; a "radio" is a TETRA handset, not Wi-Fi; "no signal" is a handset's, not a monitor's).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a gate or stand number.
"""

ORG = "Skerrow Regional Airport"
DOMAIN = "skerrow-airport.example.net"
START = "2026-03-02"
DAYS = 29
OUTLIER_DATES = ("2003-07-14 06:10:00", "2031-01-01 00:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Nurul Hafiz Siti Aziz Arbër Drita Fatjon Elira Guðrún Sigrún Einar Nino Giorgi Tamar Levan Anahit
Aram Hasmik Abebe Meseret Tesfaye Folasade Adebayo Kehinde Thandiwe Sipho Nomvula Abdirahman Hodan Faduma
Aigerim Nurlan Ruslan Baiba Oskars Kadri Jaan Grace Faith Sunny Rose""".split()

LAST_NAMES = """Ismail Rahim Abdullah Hoxha Krasniqi Berisha Sigurðardóttir Jónsson Magnússon Beridze Kapanadze
Gelashvili Petrosyan Hakobyan Grigoryan Tadesse Bekele Girma Adeyemi Okonkwo Balogun Dlamini Nkosi Zulu
Warsame Farah Abdi Nurlanov Seitkali Ozola Berzins Tamm Saar Baker Gardner Fisher Mason Shepherd""".split()

APPS = ["Gatewise", "Standly", "Baglink", "Crewlog", "Fuelnet", "Slotwise", "Apronix", "Paxflow", "Rostr",
        "Hangarbook", "Notamix", "Cargopad"]

DEPTS = ["Airside Ops", "Terminal Ops", "Baggage", "Ground Handling", "Fire Service", "Security", "Cargo",
         "Engineering", "Finance", "People", "Commercial", "Control Centre"]
BUILDINGS = ["Terminal 1", "Terminal 2", "Baggage hall", "Control tower annex", "Fire station", "Cargo shed",
             "Crew room", "Fuel farm office"]
PLANTS = ["Main terminal", "North apron", "Cargo village", "Fuel farm", "Fire station", "Admin block"]
PLANT_CODES = ["SKT", "SKN", "SKC", "SKF"]
ID_PREFIXES = ["SRA-", "GHX", "TMP"]
SENDERS = ["pager", "ci", "patchmon", "ups-mon", "graylog", "idm"]
HOST_PARTS = ["skt-gw", "skt-bag", "skn-fids", "skc-sql", "skt-k8s", "skf-scada", "skt-nas", "skt-app",
              "skn-cctv", "skt-dc"]
SERVICES = ["GateFeed", "BagSorter", "FidsPush", "NotamPull", "RosterSync", "FuelBridge"]
JOBS = ["SCHED_IMPORT", "BAG_RECON", "CREW_EXPORT", "FUEL_INVOICE", "PAX_STATS", "NOTAM_FETCH"]
PRINTER_MODELS = ["Konica Minolta bizhub C450i", "Brother MFC-L9570CDW", "Sharp MX-3071", "HP Color LaserJet M555",
                  "Toshiba e-STUDIO 2525AC"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["n/a", "- no subject -", "(no subject)", "logged for stats", "for records only", "courtesy call",
                "misdial", "wrong number", "call dropped", "caller hung up before details", "handover note",
                "shift handover", "noted", "ok", "thanks", "thank you!!", "see attached", "as per subject",
                "refer previous", "status update only", "closed per SOP", "auto-closed after 5 days", "re-opened in error",
                "dupe", "{FIRST}", "{first} {last}", "call from {first}", "{LAST} {FIRST} rang", "info request - handled",
                "passenger enquiry transferred", "Tanpa subjek", "Pa subjekt", "Ekkert efni", "Bez naslova", "x", "...",
                "chased again", "awaiting info"]
TESTS = ["TEST - please close", "tezt", "smoke test {num}", "canary ticket", "sandbox check", "ping",
         "integration check from Gatewise", "test ticket via phone channel", "TEST#{num}", "validation - ignore",
         "drill", "exercise only - no action", "xxxx", "testing 1 2 3", "ujian"]
ALERTS = [
    "[Incident #{num}{num}{num}] Triggered: disk latency high on {host}",
    "[Incident #{num}{num}{num}] Resolved: disk latency high on {host}",
    "Build #{num}{num} FAILED: gatewise-deploy (main)",
    "Build #{num}{num} fixed: paxflow-api",
    "Pod {svc}-{num}f{num}c restarted {num} times (CrashLoopBackOff) in ns ops",
    "Patch compliance report - week {num}: {pct}% compliant",
    "{num} updates failed to install on {host}",
    "UPS on battery at {plant} - runtime remaining {num}0 min",
    "UPS {host} back on mains after {num}{num} s",
    "Temperature alarm: comms room {num} at {num}{num}.{num} C",
    "Door held open alarm - airside door {line}{num}",
    "Synthetic check failed: Paxflow login page ({pct}.{num}% availability)",
    "Log shipping to {host} delayed by {num}{num} minutes",
    "SFTP {job}: 0 files received at {ts}",
    "SMS gateway: outbound queue at {num}{num}{num} messages",
    "[Graylog] Alert: too many failed logins on {host}",
    "Account lockout event 4740 on {host} at {ts}",
    "Your password will expire in {num} days - change it now",
    "Password expiry notice: {num} accounts expire this week",
    "Daily flight schedule import: {num}{num}{num} rows loaded, {num} rejected",
    "Balasan automatik: cuti sehingga {date}",
    "Përgjigje automatike: jashtë zyrës",
    "Sjálfvirkt svar: fjarverandi til {date}",
    "Automatski odgovor: na godišnjem odmoru",
    "{job} ended abnormally - RC {code} - {ts}",
]
PRINTER_STATUS = [
    "Waste toner box full - {printer}",
    "Fuser unit at {pct}% life - {serial}",
    "Supplies order placed automatically for {printer}",
    "Meter read {date} {serial} BW {num}{num}{num}{num} CLR {num}{num}{num}",
    "{model} ({ip}) - Status: Offline",
    "Paper tray {num} empty on {printer}",
    "Document scanned at {model} {time}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-airside", "form", "AIRSIDE PASS APP #{id7} | {LAST} {FIRST} | zones B,C | exp {date}"),
    ("form-shift", "form", "Shift swap {date} {time} -> {date} {time} / {person}"),
    ("form-parking", "form", "Staff parking permit [{id_alnum}] {person} reg {serial}"),
    ("form-leaver", "covered", "LEAVER :: {USERID} :: last day {date} :: mgr {person}"),
    ("form-radio", "form", "Radio handset loan ref {id7} - {num} units - return {date} {time}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["password reset pls", "forgot my pw again", "reset password for SRA-{id7}", "pword reset",
                    "can't remember password for my login", "new password needed", "password wont work",
                    "need my password changed", "pasword reset request", "password locked?? please reset",
                    "my password isnt accepted", "password reset - urgent - on shift at 5",
                    "terlupa kata laluan", "kata laluan tidak berfungsi", "kam harruar fjalëkalimin",
                    "gleymdi lykilorðinu mínu", "insejt il-password tiegħi", "şifrəmi unutmuşam", "parolni unutdim",
                    "құпия сөзді ұмыттым", "нууц үгээ мартсан", "პაროლი დამავიწყდა", "մոռացել եմ գաղտնաբառը",
                    "የይለፍ ቃሌን ረሳሁ", "ភ្លេចពាក្យសម្ងាត់", "මුරපදය අමතක වුණා", "पासवर्ड बिर्सें",
                    "పాస్‌వర్డ్ మర్చిపోయాను", "പാസ്‌വേഡ് മറന്നു", "પાસવર્ડ ભૂલી ગયો", "ਪਾਸਵਰਡ ਭੁੱਲ ਗਿਆ",
                    "mo gbagbe ọrọ igbaniwọle mi", "echefuru m okwuntughe m", "ngikhohlwe iphasiwedi yami",
                    "waxaan ilaaway furaha sirta", "aizmirsu paroli", "unustasin parooli", "nibagiwe ijambo ry'ibanga",
                    "ја заборавив лозинката", "заборавио сам лозинку", "ລືມລະຫັດຜ່ານ", "စကားဝှက်မေ့သွားတယ်",
                    "kata laluan reset please", "fjalëkalimi reset pls", "lykilorð reset takk", "parolni reset qiling",
                    "iphasiwedi reset please", "password yangu haifanyi... reset pls", "paroli reset lūdzu"]
APP_PASSWORD = ["{app} won't take my password", "{app} - password reset", "can't sign into {app}",
                "{app} says user locked", "{APP} PASSWORD", "{app} login fails every time", "{app} pw reset pls",
                "{app} account deactivated", "{app} password expired", "need a new {app} password",
                "{app} rejects login after password change", "reset {app} credentials"]
LOCKOUT = ["locked out", "account locked out again", "my account is locked", "locked out of windows",
           "acc locked after 3 tries", "lockout on my login", "unlock my account pls", "akaun saya dikunci",
           "llogaria ime është bllokuar", "aðgangurinn minn er læstur", "hesabım bloklanıb", "hisobim bloklandi",
           "есептік жазба бұғатталды", "ანგარიში დაბლოკილია", "հաշիվս արգելափակված է", "መለያዬ ተቆልፏል",
           "ගිණුම අගුළු දමා ඇත", "ఖాతా లాక్ అయింది", "i-akhawunti yami ivaliwe", "akoonkayga waa la xiray",
           "konts ir bloķēts", "konto on lukus", "il-kont tiegħi msakkar", "akaun locked lagi",
           "llogaria locked, pls unlock", "hisob locked - unlock qiling"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other languages and scripts too)
    ("printing", "covered", 170, ["printer won't print", "printer jammed again", "print jobs vanish",
        "printer error code E{num}{num}{num}", "PRINTER NOT PRINTING", "printer tidak berfungsi", "printeri nuk printon",
        "პრინტერი არ ბეჭდავს", "prentarinn prentar ekki", "printer ayisebenzi"]),
    ("wifi", "covered", 150, ["wifi keeps dropping", "no wifi in baggage hall", "can't connect to staff wifi",
        "wireless not working terminal 2", "WIFI NOT WORKING", "wifi tidak bersambung", "wifi nuk lidhet",
        "wifi არ მუშაობს", "wifi ayisebenzi", "wifi ishlamayapti"]),
    ("vpn", "covered", 110, ["vpn won't connect", "VPN drops every few minutes", "vpn error 0x80070{num}{num}",
        "GlobalProtect not connecting", "VPN tidak dapat disambung", "VPN nuk lidhet", "VPN qoşulmur"]),
    ("outlook", "covered", 100, ["outlook not opening", "Outlook crashes on start", "outlook keeps prompting for password",
        "outlook error 0x800CCC0E", "Outlook tidak dibuka", "Outlook nuk hapet"]),
    ("mailbox-full", "covered", 40, ["mailbox full", "my mailbox is over its limit", "can't send mailbox full",
        "peti mel penuh"]),
    ("slow-pc", "covered", 110, ["pc really slow", "laptop takes ages to start", "computer slow since update",
        "desktop running slow", "komputer sangat perlahan", "kompjuteri shumë i ngadaltë", "kompüter çox yavaşdır",
        "kompyuter juda sekin"]),
    ("monitor", "covered", 70, ["monitor not working", "external screen no signal", "dock not showing monitors",
        "screen flickers", "skrin kedua tidak berfungsi", "monitori nuk ka sinjal"]),
    ("software", "covered", 90, ["software install please", "need visio installed", "request to install an app",
        "install request for new software", "can IT install a program for me"]),
    ("shared-folder", "covered", 90, ["can't access shared drive", "shared folder access denied", "mapped drive missing",
        "need access to the ops share", "P drive disappeared"]),
    ("phishing", "covered", 50, ["phishing email received", "suspicious email with link", "scam email",
        "email asking for my password looks fake", "reporting phishing"]),
    ("mfa", "covered", 70, ["MFA not working", "authenticator app not prompting", "new phone MFA setup",
        "2FA code never arrives", "kod MFA tidak sampai", "MFA kodi nuk vjen", "MFA kodu gəlmir", "MFA კოდი არ მოდის",
        "MFA ኮድ አይመጣም"]),
    ("password-expired", "covered", 40, ["password expired", "my password has expired cannot log on",
        "expired password on laptop", "kata laluan telah tamat tempoh", "fjalëkalimi ka skaduar",
        "parolning muddati tugadi", "პაროლის ვადა ამოიწურა", "lykilorðið er útrunnið"]),
    ("onedrive", "covered", 40, ["onedrive won't sync", "OneDrive stuck processing changes", "onedrive sync error"]),
    ("teams-audio", "covered", 50, ["no sound in teams", "Teams can't hear me", "teams mic not working",
        "Teams not detecting headset"]),
    ("bitlocker", "covered", 30, ["bitlocker key needed", "bitlocker recovery screen", "laptop asking for bitlocker"]),
    ("laptop-power", "covered", 50, ["laptop won't power on", "laptop not charging", "laptop dead",
        "laptop tidak boleh hidup", "laptopi nuk ndizet"]),
    ("badge", "covered", 40, ["badge not opening door", "door card stopped working", "ID badge won't work on reader"]),
    ("restore", "covered", 35, ["restore a deleted file", "deleted folder by mistake", "need an earlier version of a file"]),
    ("acrobat", "covered", 40, ["pdf won't open", "adobe reader crashing", "can't open pdf"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("fids", "gap", 100, ["departure board frozen", "FIDS screens blank at gates", "departure board showing wrong gate",
        "arrivals board not updating", "FIDS DOWN", "flight display stuck on yesterday", "gate display shows old flight"]),
    ("gate-reader", "gap", 90, ["boarding pass reader not beeping", "gate reader rejects boarding passes",
        "boarding gate scanner offline gate {line}", "BGR not reading mobile passes", "boarding reader error BGR-{num}{num}"]),
    ("bag-scanner", "gap", 80, ["bag tag scanner won't sync", "BRS handheld not reading tags", "baggage scanner battery dies",
        "bag reconciliation handheld frozen", "BRS HANDHELD DOWN", "baggage handheld can't log on to Baglink"]),
    ("tetra", "gap", 70, ["tetra radio no signal airside", "TETRA handset won't register", "radio battery dies mid shift",
        "tetra talkgroup missing", "radio crackling on apron"]),
    ("deicing", "gap", 65, ["de-icing log won't submit", "deicing record missing glycol", "de-icing tablet won't sync",
        "deicing log shows wrong stand", "de-ice log app crashing"]),
    ("notam", "gap", 60, ["NOTAM briefing not loading", "notams missing from briefing pack", "notam feed stale",
        "Notamix not showing new notams", "NOTAM print blank"]),
    ("metar", "gap", 55, ["METAR feed stale", "runway weather display frozen", "wind readout not updating",
        "metar not refreshing", "weather screen in tower stale"]),
    ("cctv", "gap", 45, ["cctv feed frozen", "can't export cctv footage", "cctv camera offline car park",
        "cctv playback won't load", "cctv clip export fails"]),
]

VAGUE = ["Issue", "Help", "Password", "Printer", "Radio", "Screen", "Gate", "Scanner", "Access", "Email", "Laptop",
         "Phone", "Error"]

ONEOFF_OBJECTS = ["apron light", "hi-vis vest order", "crew room TV", "baggage trolley", "fire truck tablet",
    "fuel docket book", "cargo scale", "forklift terminal", "lost property log", "chaplaincy phone", "prayer room screen",
    "staff canteen till", "vending machine card", "locker", "shift calendar", "duty phone", "pager", "walkie clip",
    "car park barrier", "taxi rank screen", "information desk PC", "PA microphone", "wayfinding sign", "kiosk",
    "passport reader", "immigration e-gate", "customs tablet", "x-ray workstation", "tray return belt",
    "security lane light", "uniform order", "ID lanyard", "safety boots", "training booking", "induction video",
    "intranet news", "staff directory", "email signature", "shared calendar", "Teams channel", "SharePoint page",
    "Excel rota", "Word template", "PowerPoint slides", "timesheet", "payslip", "pension portal", "expenses app",
    "keyboard", "mouse", "webcam", "headset", "USB stick", "HDMI cable", "charger", "docking station", "mobile phone",
    "SIM card", "tablet case", "stylus", "label maker", "shredder", "whiteboard", "projector", "clicker", "desk phone",
    "chair", "footrest", "desk lamp", "coffee machine", "fridge in crew room"]
ONEOFF_COMPLAINTS = ["broken", "not working", "query", "missing", "needs replacing", "error", "won't load",
    "request", "problem", "out of date", "wrong", "too slow", "won't start", "can't find", "how do I", "need access",
    "gone", "won't save", "faulty", "set up", "swap please", "needs update", "greyed out", "incorrect",
    "stuck", "flashing", "beeping", "cracked", "too loud"]
ONEOFF_FREE = [
    "who updates the wayfinding signs", "can the crew room TV show the departures", "need a longer cable for the info desk",
    "which form for a contractor's tablet", "kiosk keeps printing blank receipts", "can the PA play the new chime",
    "where does lost property get logged", "move my desk phone to the cargo shed", "need a rugged case for my tablet",
    "passport reader light is amber", "who owns the intranet news page", "order more lanyards for summer staff",
    "summer staff need logins", "vending machine card reader beeps", "fire truck tablet mount loose",
    "projector remote missing in briefing room",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "AW: "), (0.06, "SV: "), (0.08, "VS: "), (0.10, "[EXT] "), (0.13, "{plant} | "),
                  (0.15, "{person} - "), (0.17, "SRA-{id7} "), (0.19, "Gate {line} - ")]
NOISE_SUFFIXES = [(0.05, " // {person}"), (0.07, " ({netid})"), (0.09, " tel {ext}"), (0.12, " - {bldg}"),
                  (0.15, " @{plant}"), (0.17, " stand {line}"), (0.19, " SRA-{id7}"), (0.21, " ASAP"),
                  (0.22, " !!!"), (0.24, " (sent from Outlook for Android)"), (0.26, " for {first} {last}"),
                  (0.28, " - thx {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "code from the app: {otp}",
    "he gave me {otp_spaced} over the radio",
    "OTP {otp} confirmed",
    "temp pw set to {password}",
    "changed it to {password} at the desk",
    "says {password} no longer works",
    "interim password {password}",
    "Thanks\n{first} {last}\nDuty Manager, {dept}",
    "user {USERID} locked out",
    "unlock {USERID} please",
    "[{USERID}] removed by leaver feed",
    "{first} {last} ({USERID}) at {ws2}",
    "personal mail {email_obf}",
    "send to {email}",
    "mobile {phone_nat}",
    "call {phone_intl}",
    "deliver to {address_x}",
    "home address {address_eu}",
    "ship to {address_us}",
    "FAO {FIRST} {LAST}",
    "supervisor {last} approved",
    "cc {first} {last}",
    "{first_plain} in {dept} reported it",
    "staff number {id7}",
    "contractor id {id_alnum}",
    "pass {id7} rejected at the turnstile",
    "card used {card}",
    "handheld {ws2} MAC {mac2}",
    "source address {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Skerrow Regional Airport.", "Skerrow Regional Airport"),
    ("building", "Meet at the Osprey Lounge.", "Osprey Lounge"),
    ("place", "Flight diverted to Reykjavik.", "Reykjavik"),
    ("product", "The Falcon M7 handhelds overheat.", "Falcon M7"),
    ("team", "Passed to Team Kestrel Ops.", "Team Kestrel Ops"),
    ("category", "Category: Airside, Baggage, Cargo", "Baggage, Cargo"),
    ("version", "Release 5.11.0.207 installed.", "5.11.0.207"),
    ("error_code", "Gate reader shows BGR-7731.", "BGR-7731"),
    ("server_name", "Footage on SKT-NAS-04.", "SKT-NAS-04"),
    ("role_email", "Copy duty.manager@skerrow-airport.example.net in.", "duty.manager@skerrow-airport.example.net"),
    ("asset_tag", "Asset SKT-RAD-004412 returned.", "SKT-RAD-004412"),
    ("ticket_ref", "See INC0734419.", "INC0734419"),
    ("place", "Crew hotel in Tbilisi.", "Tbilisi"),
    ("product", "Three Vega Pro printers on order.", "Vega Pro"),
    ("place", "Transferred to Addis Ababa.", "Addis Ababa"),
]

PHONES_INTL = ["+60 3 5555 0142", "+355 4 555 0166", "+354 555 0123", "+995 32 255 5014", "+374 10 555017",
               "+251 11 555 0199", "+234 1 555 0133", "+27 21 555 0148", "+252 61 555 0174", "+44 1632 960 412"]
PHONES_NATIONAL = ["03-5555 0142", "04 555 0166", "555 0123", "011 555 0199", "021 555 0148", "01632 960412"]
ADDRESSES_EU = ["Rruga e Kavajës 24, ap. 7, 1001 Tiranë", "Laugavegur 31, 101 Reykjavík",
                "Triq il-Merkanti 15, Valletta VLT 1176", "Brīvības iela 40-12, Rīga, LV-1050",
                "Narva mnt 7, 10117 Tallinn", "12 Harbour Row, Cardiff CF10 5AB"]
ADDRESSES_US = ["2210 Elm St Apt 4B, Dayton, OH 45402", "89 Cedar Ct, Boise, ID 83702",
                "PO Box 7731, Fargo, ND 58106", "501 Lake Shore Dr Unit 12, Duluth, MN 55802"]
ADDRESSES_OTHER = ["Jalan Ampang 88, 50450 Kuala Lumpur", "Rustaveli Ave 14, Tbilisi 0108",
                   "Bole Road, House 221, Addis Ababa", "Abovyan St 5, Yerevan 0001",
                   "14 Adeola Odeku St, Victoria Island, Lagos", "Dostyk Ave 52, Almaty 050010"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Salam,", "Përshëndetje,", "Góðan dag,", "Hello team,", "Sawubona,", "Hi all,", "Dear {first},"]
RICH_SIGNOFFS = ["Terima kasih\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Thx - {first}",
                 "Faleminderit\n{first} {last}", "--\n{first} {last} | Duty Officer | {phone_intl}",
                 "Regards\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called the control centre, no answer.", "Remote session opened.", "Ops impact, raised to P2.",
                 "Waiting on the duty manager.", "Vendor ticket logged.", "Chased by phone.",
                 "Assigned to airport systems.", "Voicemail left.", "User airside, will call back.",
                 "Spoke to the terminal supervisor."]
RICH_GENERIC_NOTES = ["Fixed on the call.", "No reply, closing.", "Sorted.", "User says all good.",
                      "Closed, nothing further.", "Working now."]
RICH_ONEOFF_BODIES = ["Could someone look at the {thing}? It has been strange since the weekend.",
                      "Who looks after the {thing}?",
                      "The {thing} near gate 4 needs checking.",
                      "Please fix the {thing} before the morning wave."]

RICH_TOPICS = [
    ("wifi", "covered", 380,
     ["wifi dropping", "no wifi", "wifi won't connect"],
     ["The staff wifi in the baggage hall drops every few minutes.",
      "My tablet cannot find the staff wireless in terminal 2.",
      "Wifi says connected but nothing loads."],
     ["Wireless profile deleted and re-added.", "Access point restarted by networks.",
      "Wireless driver updated; stable since."]),
    ("printer", "covered", 240,
     ["printer offline", "printer won't print", "jobs stuck in queue"],
     ["The ops room printer shows offline and prints nothing.",
      "My print jobs sit in the queue with an error.", "Nobody in the cargo shed can print."],
     ["Queue cleared and spooler restarted.", "Printer switched off and on.", "Printer re-added on the PC."]),
    ("lockout", "covered", 160,
     ["account locked", "locked out", "locked out again"],
     ["My account locks after a few wrong passwords.",
      "I get locked out at the start of every early shift.",
      "Windows says my account is locked."],
     ["Account unlocked; old password removed from the tablet.", "Unlocked; user signed in."]),
    ("fids", "gap", 150,
     ["departure board frozen", "FIDS screens blank", "gate display wrong flight"],
     ["The departure board in terminal 1 has shown the same flights since six this morning.",
      "Three FIDS screens at the gates are blank after the power dip.",
      "The gate display shows the previous flight while we are boarding the next one."],
     ["FIDS player rebooted and feed re-subscribed.", "Display controller replaced.",
      "Schedule feed restarted on the FIDS server."]),
    ("tetra", "gap", 120,
     ["tetra radio no signal", "radio won't register", "radio battery dies"],
     ["My TETRA handset shows no signal anywhere on the north apron.",
      "The radio will not register on the network after the battery swap.",
      "The radio battery is flat two hours into the shift."],
     ["Handset re-provisioned on the TETRA network.", "Battery replaced and charger swapped.",
      "Talkgroups reloaded by radio engineering."]),
    ("gate-reader", "gap", 90,
     ["boarding pass reader not beeping", "gate reader rejects passes", "boarding reader offline"],
     ["The boarding pass reader at gate 7 does not beep or read anything.",
      "The gate reader rejects every mobile boarding pass.",
      "The boarding reader at gate 3 shows offline on the agent screen."],
     ["Reader restarted and re-paired with the gate PC.", "Reader firmware updated.",
      "Gate PC cable reseated; reader online."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN keeps dropping"],
     ["VPN will not connect from home.", "The VPN connects then drops after a minute."],
     ["Gateway changed; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox over quota"],
     ["Outlook says my mailbox is full and I cannot send.", "I got a warning my mailbox is nearly full."],
     ["Old mail archived.", "Showed how to clean up the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive missing", "folder access denied"],
     ["The ops drive is gone from my PC.", "Access denied on the rosters folder."],
     ["Drive mapped again.", "Access granted by the folder owner."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "Teams mic not working"],
     ["Nobody can hear me in Teams.", "Teams plays through the laptop speakers not my headset."],
     ["Headset chosen in Teams settings.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need earlier version"],
     ["I deleted a stand plan on the shared drive, can it come back?",
      "I saved over the rota, is there an earlier version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
