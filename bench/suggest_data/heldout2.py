"""SECOND HELD-OUT phrasing bank (v2): written before any tuning of this round; never tuned on.

A fictional manufacturer ("Kestrelfab Industrial", plants in Turkey, Brazil, Finland, Hungary,
Mexico and Vietnam) instead of a university: shop-floor devices, plant codes in subjects, ALL-CAPS
user ids, other systems, other alert and mail shapes (SNMP traps, "do not reply" senders, device
serials, MAC addresses), names of other languages, topics whose words the evaluation KB uses in
another sense (a warehouse scanner is no "scan to email", a time clock is no timesheet, a
distribution list is no online meeting, a web filter block is no device quarantine), synonyms
across tickets (wifi / wireless / WLAN / Wi-Fi). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``: subjects, descriptions and resolution notes,
as the dev export has) with four gap topics, among them a distribution-list topic and a
web-filter topic. Slots as in ``heldout.py`` plus {USERID} (ALL-CAPS user id), {ws2}, {mac2},
{phone_nat}, {address_x}, {id_alnum}, {serial}, {plant}, {line}, {sender}.
"""

ORG = "Kestrelfab Industrial"
DOMAIN = "kestrelfab.example.com"
START = "2021-05-03"
DAYS = 35
OUTLIER_DATES = ("2018-01-02 07:00:00", "2024-09-30 11:45:12", "2025-02-14 09:30:00")
TOTAL = 10_000
RICH_TOTAL = 6_000

FIRST_NAMES = """Ayşe Mehmet Gülşen Çağlar Yıldız Emre Zeynep Burak Şule Oğuz İbrahim Elif Hakan Derya
Nguyễn Thảo Phương Quốc Tuấn Ngọc Hải Bảo Khánh João Conceição Thiago Luana Rafaela Gustavo Leandro
Jukka Päivi Tuomas Sanna Mikko Aino Eero Riikka Gergely Erzsébet Zoltán Katalin Balázs Réka Itzel
Xóchitl Guadalupe Joaquín Marisol Rodrigo Abdulrahman Fatima Youssef Mariam Khalid Layla Wahyu Putri
Dewi Agus Ratna Seung-hoon Ji-yeon Dong-hyun Wanjiru Otieno Kamau Akinyi Grzegorz Agnieszka Bartosz
Summer Sterling Dale Forrest Brook Rowan Clay""".split()

LAST_NAMES = """Öztürk Yılmaz Kaya Şahin Çelik Doğan Aydın Arslan Koç Kurt Trần Lê Phạm Hoàng Võ Đặng Bùi
Gonçalves Araújo Carvalho Ribeiro Nascimento Figueiredo Mäkelä Väisänen Korhonen Heikkinen Nieminen
Lehtonen Szűcs Horváth Tóth Farkas Kiss Balogh Hernández Villarreal Cantú Garza Treviño Al-Hashimi
Haddad Mansour Khoury Setiawan Wijaya Susanto Hidayat Moon Baek Seo Kariuki Odhiambo Njoroge
Wiśniewski Zając Kamiński Stone Field Marsh Booker Cotton Gamble""".split()

APPS = ["LineTrack", "OrderForge", "BinMaster", "QualiLog", "FixFlow", "ShiftPoint", "DrawVault",
        "PartnerLink", "KANBANX", "ToolCrib", "SafeAudit", "FreightDesk"]

DEPTS = ["Stamping", "Paint Shop", "Logistics", "Quality Assurance", "Tooling", "Maintenance", "Purchasing",
         "Plant Finance", "EHS", "Assembly", "Shipping", "Engineering", "Customer Service", "R&D"]
BUILDINGS = ["Hall 4", "Warehouse B", "Press Shop", "Gate 2", "Admin Block", "Canteen", "Tool Room", "Lab 3"]
PLANTS = ["Gebze", "Campinas", "Tampere", "Győr", "Monterrey", "Bình Dương", "Kocaeli", "Sorocaba"]
PLANT_CODES = ["GBZ", "CPS", "TMP", "GYR", "MTY", "BDU"]
ID_PREFIXES = ["KF-", "P", "KF"]
SENDERS = ["noreply", "do-not-reply", "monitoring", "alerts", "scheduler", "nms"]
HOST_PARTS = ["gbz-sql", "cps-erp", "mes-db", "plc-gw", "tmp-fs", "edi-app", "kf-dc", "gyr-bkp", "scada-hmi",
              "wms-app"]
SERVICES = ["OPC UA Server", "SQLAgent", "nginx", "Kepware", "W32Time", "postgres"]
JOBS = ["MRP_RUN_NIGHT", "EDI_ASN_OUT", "WMS_WAVE_REL", "QC_SPC_EXTRACT", "PAYROLL_TR_EXP", "BOM_SYNC"]
PRINTER_MODELS = ["Ricoh IM C3000", "Zebra ZT410", "Epson WF-C878R", "Canon iR-ADV C5840", "Xerox AltaLink B8145"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["Solved", "solved", "SOLVED", "Closed per caller", "closed.", "Duplicate of existing ticket",
                "duplicate", "DUPLICATE", "abandoned call", "Caller disconnected", "CALL DROPPED", "line dropped",
                "N.A.", "--", "See attached", "see attachment", "(blank)", "Walk-up", "walk up desk",
                "Misc.", "General question", "{person}", "{person}", "{LAST} {FIRST}", "{first}",
                "Call - {person}", "{person} - callback", "Voicemail from {first}", "info", "no info given",
                "opened by mistake"]
TESTS = ["TEST", "Test - pls ignore", "testticket", "test test test", "tst tkt", "QA test", "Test email routing",
         "testing new form", "test {first}", "TEST - DO NOT PROCESS", "Testing 1 2 3", "ignore - test", "Tset"]
ALERTS = [
    "Automated message - do not reply: certificate on {host} expires in {num} days",
    "SNMP trap {ip}: linkDown on port Gi1/0/{num}",
    "UPS {host} switched to battery power {ts}",
    "[noreply] Backup report {host}: {num} jobs failed",
    "Device {mac} not seen on network for 24 hours",
    "Handheld {serial} battery critical",
    "PLC gateway {host} communication fault {time}",
    "{host} DOWN - automated notification from {sender}",
    "Replication lag on {host} exceeds threshold",
    "Job {job} completed with errors (exit {code})",
    "Interface {ip} flapping - automatic alert",
    "Message from {sender}: disk quota exceeded on {host}",
]
PRINTER_STATUS = [
    "{model} ({ip}) - Low toner",
    "Toner low [{ip}]",
    "Fuser unit end of life - SN {serial}",
    "{printer}: out of paper",
    "Do not reply - printer {printer} requires maintenance",
    "Supplies notification for {model} at {ip}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-app-access", "covered", "Self-Service: Access Request | Requested for: {person} | Application: {app}"),
    ("form-onboarding", "covered", "ONBOARDING - {LAST} {FIRST} - START {date} - {plant}"),
    ("form-hardware", "covered", "Hardware order submitted by {person}: laptop and docking station"),
    ("form-callback", "form", "CALLBACK REQUEST Caller: {first} {last} Tel: {phone} Plant: {plant}"),
    ("form-glued", "form", "Requested For{first} {last}Personnel No{id7}User ID{USERID}Plant{plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["Password reset needed", "reset my password please", "pwd reset", "forgotten password",
                    "Password reset - {person}", "Password reset for user {USERID}", "pw reset", "new password required",
                    "Reset PW", "password reset ({USERID})", "Password change request", "need password reset asap",
                    "psw reset", "paswd reset", "Password Reset Request", "PASSWORD RESET NEEDED",
                    "forgot windows password", "reset password for {first}", "Passwort zurücksetzen",
                    "password reset"]
APP_PASSWORD = ["{app} password reset", "{app} login blocked", "reset password {app}", "{APP} PWD RESET",
                "{app} - forgotten password", "cannot log into {app} password", "{app} account locked",
                "unlock {app} user", "{app} credentials reset", "{app} pw", "{app} password expired",
                "new password for {app}"]
LOCKOUT = ["account locked out", "AD account locked", "user locked {USERID}", "Account lock", "locked account - {person}",
           "LOCKED", "windows account locked", "Unlock my account", "locked after wrong password",
           "account blocked after attempts", "locked out again", "user account locked"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 230, ["print jobs not coming out", "printer shows offline", "printing stuck in queue",
        "PRINTER OFFLINE", "Printer on shop floor not printing", "nothing comes out of printer",
        "print job disappears", "printer says error state", "Unable to print documents", "Drucker druckt nicht",
        "printer in {bldg} not printing"]),
    ("paper-jam", "covered", 60, ["paper jam tray 1", "jammed copier", "paper keeps jamming in MFP", "paper misfeed",
        "Paper jam error won't clear"]),
    ("wifi", "covered", 200, ["WLAN not working", "no WLAN on tablet", "wifi drops constantly",
        "wireless connection unstable", "Wi-Fi very slow in canteen", "cannot join wireless network",
        "laptop not connecting to WLAN", "WLAN signal weak in warehouse", "internet keeps disconnecting on wifi",
        "WIRELESS DOWN", "wi fi issue", "Wireless LAN problem"]),
    ("vpn", "covered", 120, ["remote access not connecting", "GlobalProtect stuck connecting", "VPN tunnel drops",
        "vpn keeps disconnecting", "Cannot establish VPN from hotel", "VPN login failed", "VPN very slow",
        "no vpn connection"]),
    ("outlook-crash", "covered", 100, ["Outlook freezing", "Outlook not responding", "outlook closes itself",
        "Outlook won't start", "Outlook stuck on loading profile", "MS Outlook crash", "Outlook hangs"]),
    ("mailbox-full", "covered", 55, ["mailbox almost full warning", "Mailbox storage limit reached",
        "cannot send, mailbox quota", "mailbox over quota", "email storage full"]),
    ("slow-pc", "covered", 140, ["laptop very slow", "PC takes ages to boot", "computer sluggish",
        "Notebook extremely slow", "slow PC in office", "system performance poor", "COMPUTER VERY SLOW",
        "pc freezing and slow"]),
    ("dock-monitor", "covered", 85, ["docking station not detecting screens", "external display not working",
        "2nd screen no signal", "screens flicker on dock", "monitor not detected", "dual screen setup not working",
        "display port monitor black"]),
    ("keyboard-mouse", "covered", 40, ["mouse stopped working", "keyboard not typing", "Keyboard keys not responding",
        "wireless mouse lagging", "replace broken keyboard"]),
    ("software-install", "covered", 130, ["please install Notepad++", "software installation needed",
        "need AutoCAD viewer installed", "install request: 7-Zip", "application install", "Install MS Project",
        "request software", "need installer admin rights"]),
    ("shared-drive", "covered", 110, ["network share not accessible", "no access to department folder",
        "G: drive disconnected", "shared folder permission", "network drive not mapped", "drive letter missing",
        "cannot open file share"]),
    ("phishing", "covered", 50, ["suspicious mail received", "possible phishing mail", "fake invoice email",
        "spam with link", "Phishing attempt reported", "strange email asking for password"]),
    ("virus", "covered", 35, ["antivirus alert", "malware detected", "virus warning popup", "Defender found threat"]),
    ("desk-phone", "covered", 55, ["desk phone dead", "IP phone no dial tone", "phone display blank",
        "handset not working", "telephone has no line"]),
    ("mfa", "covered", 55, ["authenticator on new mobile", "MFA prompts not arriving", "new phone, need MFA moved",
        "two-step verification issue", "Authenticator app lost"]),
    ("password-expired", "covered", 45, ["password has expired", "PW expired cannot login",
        "expired password on laptop", "password expiry message"]),
    ("onedrive", "covered", 40, ["OneDrive sync stuck", "OneDrive red cross", "files not syncing to OneDrive",
        "Onedrive sync error"]),
    ("mobile-email", "covered", 45, ["emails not syncing on mobile", "setup mail on new iPhone",
        "Outlook app on Android", "company mail on phone"]),
    ("new-starter", "covered", 60, ["new colleague starting Monday", "setup for new employee",
        "new joiner needs laptop and login", "onboarding IT setup", "new hire IT equipment"]),
    ("bitlocker", "covered", 40, ["BitLocker recovery key requested", "Bitlocker screen at startup",
        "laptop asks recovery key", "BitLocker key needed"]),
    ("teams-audio", "covered", 60, ["Teams microphone not working", "no sound in Teams call",
        "headset not working in Teams", "others can't hear me in meetings", "Teams audio echo"]),
    # gaps: the evaluation KB has nothing on these (several share words with articles about other things)
    ("distribution-list", "gap", 110, ["add me to distribution list", "DL membership change",
        "remove user from mailing list", "create new distribution group", "email group for shift leads",
        "distribution list owner change", "external senders blocked to DL", "update members of DL {dept}"]),
    ("web-filter", "gap", 90, ["website blocked by proxy", "supplier website blocked", "URL blocked by web filter",
        "access denied by content filter", "please unblock site", "whitelist request for website",
        "web page blocked category uncategorized", "proxy blocks vendor portal"]),
    ("rf-scanner", "gap", 120, ["handheld scanner not connecting", "RF gun not scanning",
        "scanner gun frozen in warehouse", "barcode gun won't read labels", "handheld terminal battery dead",
        "RF scanner logged out", "scan gun no network", "handheld won't boot"]),
    ("time-clock", "gap", 70, ["time clock not taking badge", "punch clock offline", "clock-in terminal error",
        "time terminal at {bldg} not working", "shift clock not recording punches", "TIME CLOCK DOWN"]),
    ("dnc-transfer", "gap", 55, ["CNC program transfer failed", "DNC not sending program to machine",
        "cannot load NC program", "DNC connection to lathe lost", "program upload to CNC fails"]),
    ("label-printer", "gap", 65, ["label printer printing blank labels", "Zebra labels misaligned",
        "label printer ribbon error", "shipping labels printing offset", "calibrate label printer",
        "label printer not feeding"]),
    ("vehicle-terminal", "gap", 45, ["forklift terminal frozen", "truck mounted computer no network",
        "forklift PC screen black", "vehicle mount terminal reboot loop", "forklift tablet not logging in"]),
    ("andon", "gap", 40, ["andon board not updating", "line display screen frozen", "andon screen shows old data",
        "production board display blank", "andon light not working on line {line}"]),
]

VAGUE = ["Printer", "Wifi", "Laptop", "Outlook", "Email", "PC", "Phone", "Network", "Access", "Problem", "Help",
         "Error", "Login"]

ONEOFF_OBJECTS = ["torque wrench software", "gauge calibration app", "safety poster printout", "forklift schedule",
    "canteen menu screen", "parking barrier", "visitor badge printer", "CAD plotter", "3D printer", "drone camera",
    "spare laptop bag", "USB-C adapter", "headset cushion", "webcam cover", "smart TV in lobby", "radio charger",
    "walkie talkie", "PDF merge tool", "Excel pivot table", "Word mail merge", "PowerPoint theme", "Visio stencil",
    "Teams background", "shared OneNote", "Planner board", "Forms survey", "Power Automate flow", "SharePoint page",
    "intranet news", "holiday calendar", "shift roster", "overtime sheet", "expense receipt scan", "travel booking",
    "company car GPS", "fuel card", "tachograph download", "drawing revision", "supplier certificate", "SDS sheet",
    "audit checklist", "training video", "e-learning module", "LinkedIn Learning", "language course", "typing test",
    "keyboard layout", "Turkish keyboard", "time zone", "display language", "font size", "dark mode",
    "screen rotation", "touchpad", "stylus", "tablet keyboard", "phone case", "SIM card", "eSIM", "roaming",
    "data bundle", "hotspot", "modem", "router at home", "fibre line", "network socket", "patch panel",
    "rack fan", "server room key", "door sensor", "CCTV clip", "camera footage", "alarm panel", "fire drill",
    "badge photo", "lanyard", "locker key", "microwave", "coffee machine", "water cooler", "fridge label",
    "desk booking", "chair repair", "lamp", "whiteboard camera", "flip chart", "meeting room TV", "HDMI dongle",
    "presentation clicker", "laser pointer", "speakerphone", "call recording", "hunt group", "fax to email",
    "pager alias", "SMS gateway", "QR code", "barcode font", "label template", "signature image",
    "stamp scan", "archive box", "scanner profile", "mail merge labels", "BI report", "KPI dashboard", "SQL view"]
ONEOFF_COMPLAINTS = ["not ok", "question", "faulty", "missing", "help please", "fails", "stopped", "request",
    "issue", "won't open", "needs change", "resets itself", "shows old data", "very slow", "does not start",
    "not found", "how do I set", "need access", "gone", "not saving", "problem", "setup needed", "swap",
    "upgrade please", "install", "config", "greyed", "blocked", "incorrect", "twice", "not visible", "freezes"]
ONEOFF_FREE = [
    "Can the canteen screen show the shift plan", "need a longer network cable at my desk",
    "Where is the form for company phone", "Microwave display shows error E4", "question about data backup policy",
    "need second charger for travel", "move my desk phone to new desk", "TV in training room needs remote",
    "who approves software purchases", "printer paper order for office", "hallway screen upside down",
    "request standing desk power strip", "key for server cabinet lost", "please mount screen on wall",
    "photo for badge is wrong", "what is the guest network password",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "AW: "), (0.07, "WG: "), (0.11, "[{plant}] "), (0.14, "{person} - "),
                  (0.16, "{USERID} - "), (0.17, "{LAST} {FIRST} / ")]
NOISE_SUFFIXES = [(0.06, " - {person}"), (0.08, " / {USERID}"), (0.10, " ({USERID})"),
                  (0.12, " - call back {phone_nat}"), (0.15, " - {plant}"), (0.18, " Line {line}"),
                  (0.20, " - {bldg}"), (0.22, " - high priority"), (0.23, " !!!"), (0.24, " (urgent)"),
                  (0.26, " per {person}"), (0.28, " for {first} {last}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Identity confirmed via one-time PIN {otp} sent to the mobile on file.",
    "she read out the security code {otp_spaced} from her phone",
    "verifcation number was {otp}, it timed out",
    "Gave the user interim credentials: {password}",
    "her new pass is {password} but Outlook still asks",
    "Tried logging in with {password} three times",
    "initial PW {password} - must be changed at first login",
    "Best,\n{first} {last}\n{dept} | {plant}",
    "login {USERID} disabled after too many attempts",
    "please check user ID {USERID}",
    "account ({USERID}) still locked",
    "{first} {last} [{USERID}] phoned from {ws2}",
    "forward to my private mail {email_obf}",
    "reply to {email} please",
    "cell {phone_nat}",
    "tel. {phone_intl}",
    "my home address is {address_x}",
    "send the headset to {address_eu}",
    "Deliver to {address_us}",
    "Attn: {FIRST} {LAST}",
    "Sra. {last} called about this",
    "cc {first} {last} on the reply",
    "{first_plain} from {dept} says it's urgent",
    "Personnel no. {id7}",
    "Emp# {id_alnum}",
    "Badge number {id7} shows inactive",
    "paid with card {card}",
    "Laptop {ws2} (MAC {mac2})",
    "client IP {ip} blocked",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("building", "Printer is on the 2nd floor of the Okafor Building.", "Okafor Building"),
    ("building", "Meeting room Lindqvist Hall B is booked.", "Lindqvist Hall"),
    ("place", "Ship from Plant Gebze, dock 4.", "Gebze"),
    ("product", "The Titan X200 line stopped twice.", "Titan X200"),
    ("team", "Escalated to Team Falcon for review.", "Team Falcon"),
    ("category", "Category: Printers, Scanners, Copiers", "Scanners, Copiers"),
    ("version", "Firmware 4.12.0.77 installed.", "4.12.0.77"),
    ("error_code", "Screen shows ERR-5012 after boot.", "ERR-5012"),
    ("server_name", "Data is on KFG-SQL-03.", "KFG-SQL-03"),
    ("role_email", "Send it to it.support@kestrelfab.example.com please.", "it.support@kestrelfab.example.com"),
    ("asset_tag", "Asset no. KF-A-008812 on the sticker.", "KF-A-008812"),
    ("ticket_ref", "Duplicate of RITM0048123.", "RITM0048123"),
    ("team", "Forwarded to the Morrison Lab team.", "Morrison Lab"),
    ("product", "Customer ordered the Aurora Flex series.", "Aurora Flex"),
    ("place", "Her office is in São Paulo.", "São Paulo"),
]

PHONES_INTL = ["+90 262 555 14 87", "+55 19 3555-0142", "+84 28 3822 5071", "+358 40 555 0193", "+36 1 555 2841",
               "+52 81 5555 0137", "+82 2 555 0134", "+62 21 555 0188", "+254 20 555 0199", "+20 2 5555 0177",
               "+48 61 555 01 23", "+1 248 555 0161"]
PHONES_NATIONAL = ["0262 555 14 87", "(19) 3555-0142", "040 555 0193", "06 1 555 2841", "(81) 5555 0137",
                   "028 3822 5071", "248.555.0161", "0532 555 66 77"]
ADDRESSES_EU = ["Aleksanterinkatu 52 A 5, 00100 Helsinki", "Andrássy út 60, 1062 Budapest",
                "Kungsgatan 12, 411 19 Göteborg", "Carrer de Balmes 120, 08008 Barcelona",
                "Mariahilfer Straße 77, 1060 Wien", "Flat 4, 19 Ropewalk Lane, Bristol BS1 6QR"]
ADDRESSES_US = ["2300 Industrial Pkwy, Suite 140, Auburn Hills, MI 48326", "915 N Elm St, Greensboro, NC 27401",
                "PO Box 3390, Dayton, OH 45401", "48 Harbor View Rd Apt 2B, Erie, PA 16507"]
ADDRESSES_OTHER = ["Atatürk Cad. No: 45 D: 7, 34740 Kadıköy/İstanbul",
                   "Rua das Palmeiras, 1500 - apto 32, Campinas - SP, 13015-000",
                   "Hämeenkatu 15 B 12, 33100 Tampere", "Váci út 22, 1132 Budapest",
                   "Av. Constitución 450, Col. Centro, 64000 Monterrey, N.L.", "Jl. Sudirman No. 28, Jakarta 10220"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hello IT,", "Hi team,", "Good morning,", "Dear support,", "Hi,", "Merhaba,", "Olá,",
                  "Hello {first},"]
RICH_SIGNOFFS = ["Thanks\n{first}", "Regards,\n{first} {last}\n{dept}", "BR {first}", "Thank you, {first} {last}",
                 "--\n{first} {last} | {plant} | {phone_intl}", "Best regards\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called user, no answer.", "Remote session done, monitoring.", "User confirmed it works now.",
                 "Waiting for user to come back.", "Assigned to plant IT.", "Chased again, no reply.",
                 "Escalated to 2nd level.", "Left a voicemail.", "User on night shift, will call tomorrow.",
                 "Spoke to the shift lead."]
RICH_GENERIC_NOTES = ["Resolved by phone.", "No response from user, closing.", "Fixed.", "User confirmed resolved.",
                      "Closed - no further action.", "Done."]
RICH_ONEOFF_BODIES = ["Can someone look at the {thing}? It is not how it should be since this week.",
                      "Question about the {thing}, who can help with this?",
                      "The {thing} in our area needs attention, please advise.",
                      "I need help with the {thing} before Friday."]

RICH_TOPICS = [
    ("wifi", "covered", 520,
     ["WLAN keeps dropping", "wifi unstable", "no wireless in warehouse", "wireless not connecting",
      "Wi-Fi disconnects"],
     ["My laptop loses the WLAN every few minutes and I have to reconnect.",
      "The wireless network in the warehouse office is very weak, pages don't load.",
      "Tablet on the line cannot join the company Wi-Fi, it says it cannot connect to this network.",
      "Since yesterday the wifi drops whenever I walk to the meeting room. Cable works fine.",
      "Wireless shows connected but no internet, other colleagues have the same."],
     ["Forgot and re-added the wireless profile, updated the WLAN driver.",
      "Access point in the area restarted by network team; signal back.",
      "Reset network adapter, laptop now stays on the Wi-Fi.",
      "Moved user to the 5 GHz network, drops stopped."]),
    ("printer-offline", "covered", 300,
     ["printer offline", "cannot print", "print queue stuck", "printing not working", "printer error state"],
     ["The printer in our office shows offline on my PC and nothing prints.",
      "Documents stay in the print queue with status error. Tried restarting the PC.",
      "Nobody on the floor can print to the big copier since this morning.",
      "I send a print and it just disappears, the printer never prints it."],
     ["Cleared the print queue and restarted the spooler.", "Printer was offline at the device, power cycled.",
      "Re-added the printer queue on the laptop.", "Network cable of the printer was unplugged; reconnected."]),
    ("password-expired", "covered", 220,
     ["password expired", "PW expired", "expired password cannot log in", "password expiry"],
     ["Windows says my password has expired and the new one is not accepted.",
      "I was on holiday and now my password expired, I am at home without VPN.",
      "It asks me to change my password but says it does not meet the requirements.",
      "Password expired and now Outlook and Teams keep asking for the old one."],
     ["User changed password at the office; saved credentials updated.",
      "Explained complexity rules; new password accepted.",
      "Password changed over VPN, cached credentials refreshed."]),
    ("distribution-list", "gap", 180,
     ["distribution list change", "add to DL", "mailing group membership", "new distribution group",
      "remove from email list"],
     ["Please add the new shift leads to the distribution list for {plant} production.",
      "I am the owner of a mailing group and cannot add or remove members myself.",
      "We need a new distribution group for the quality team so we can email everyone at once.",
      "Please remove two colleagues who left from our email list, they still receive everything.",
      "Our supplier cannot send to the distribution list, their mails bounce as not allowed.",
      "When I send an invite to the group address half of the team does not get it, are they in the list?",
      "Please make me owner of the DL, the old owner left the company."],
     ["Members added to the distribution list in Exchange admin.",
      "Created the distribution group and set the requester as owner.",
      "Allowed external senders for the group.", "Ownership of the DL moved to the requester."]),
    ("web-filter", "gap", 150,
     ["website blocked", "site blocked by filter", "unblock URL", "web filter block", "proxy blocking site"],
     ["When I open our supplier's website I get a page saying it is blocked by the company web filter.",
      "The proxy blocks a site we need for customs declarations, category uncategorised.",
      "Please whitelist this URL, the content filter says access denied for file sharing.",
      "The site works at home but in the plant it shows the blocked page of the firewall.",
      "Our customer's portal is categorised as risky and cannot be opened from the office."],
     ["Site reviewed by security and allow-listed on the web filter.",
      "Recategorised the URL with the filter vendor; access works.",
      "Exception added to the proxy policy for the department."]),
    ("rf-scanner", "gap", 130,
     ["handheld scanner problem", "RF gun not working", "scanner gun offline", "handheld terminal issue"],
     ["The handheld scanners in the warehouse lose connection and show no network.",
      "Our RF gun does not read the barcodes on the pallets anymore, the beam comes on but nothing.",
      "Handheld terminal restarts by itself during picking and we lose the order.",
      "Scanner gun battery drains in two hours, we need replacements."],
     ["Re-enrolled the handheld in the device manager and reconnected to the WLAN.",
      "Replaced the battery of the handheld.", "Scanner engine reset; reads barcodes again."]),
    ("vpn", "covered", 115,
     ["VPN not connecting", "vpn drops", "remote access problem", "GlobalProtect error"],
     ["GlobalProtect is stuck on connecting from home, internet works fine.",
      "VPN connects but disconnects every few minutes while I work from the hotel.",
      "I cannot reach remote access, it says the gateway does not respond."],
     ["Switched to the other gateway; VPN stable.", "Reinstalled the VPN client.",
      "Hotel network blocked the VPN; used phone hotspot."]),
    ("account-locked", "covered", 100,
     ["account locked", "locked out", "user locked", "cannot log in locked"],
     ["My account is locked after I typed the wrong password a few times.",
      "I get locked out every morning, I think my phone still has the old password.",
      "Windows says the referenced account is currently locked out."],
     ["Unlocked the account; old password removed from the phone.", "Account unlocked, user signed in."]),
    ("shared-drive", "covered", 90,
     ["network drive missing", "shared folder access", "drive not mapped", "no access to share"],
     ["My S: drive is gone since the update, I cannot open the department folder.",
      "Please give me access to the engineering share, I get access denied.",
      "The mapped drive shows a red cross and says it is unavailable."],
     ["Mapped the drive again.", "Access granted by the folder owner.", "Reconnected drives after VPN."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox quota", "cannot send email mailbox full"],
     ["I get a warning that my mailbox is almost full and I cannot send emails.",
      "Outlook says my mailbox is over the size limit.", "Mailbox storage is full, what can I delete?"],
     ["Archived old mail and emptied deleted items.", "Explained how to clean up the mailbox."]),
    ("time-clock", "gap", 70,
     ["time clock problem", "punch terminal offline", "clock-in not working"],
     ["The time clock at {bldg} does not accept our badges, the shift cannot clock in.",
      "The punch terminal shows offline and the punches of the night shift are missing.",
      "Clock-in terminal displays an error when we hold the badge in front of it."],
     ["Time terminal restarted and synchronised; missing punches uploaded.",
      "Replaced the badge reader of the time terminal."]),
    ("laptop-slow", "covered", 62,
     ["laptop slow", "PC very slow", "computer performance"],
     ["My laptop takes ten minutes to start and everything is very slow.",
      "The PC freezes when I open Excel and the fan runs all the time.",
      "Computer is so slow that I cannot work, the disk is at 100%."],
     ["Updates installed and startup apps disabled.", "Disk cleaned up; performance normal."]),
    ("dock-monitor", "covered", 56,
     ["docking station issue", "second screen not working", "monitor not detected"],
     ["When I put the laptop in the dock the screens stay black.",
      "The second monitor is not detected anymore after the update.",
      "Screens flicker when the laptop is docked."],
     ["Updated dock firmware; both screens work.", "Replaced the display cable."]),
    ("teams-audio", "covered", 50,
     ["Teams audio", "no sound in meetings", "microphone not working"],
     ["In Teams meetings nobody can hear me although the headset works on the phone.",
      "I hear the others with an echo and my voice is robotic.", "Teams uses the laptop speakers not my headset."],
     ["Selected the headset in Teams device settings.", "Updated audio driver."]),
    ("mfa-new-phone", "covered", 45,
     ["authenticator new phone", "MFA on new mobile", "sign-in approvals not arriving"],
     ["I got a new phone and the authenticator app is empty.",
      "My old phone is broken and I cannot approve sign-ins anymore.",
      "The approval requests do not arrive on my phone."],
     ["Issued a temporary access pass and re-registered the app.", "Moved the authenticator to the new phone."]),
    ("phishing", "covered", 42,
     ["suspicious email", "phishing", "fake invoice mail"],
     ["I got an email with an invoice from a supplier we do not know, it asks to log in.",
      "Strange email asking for my password, I did not click.", "I clicked a link in a mail and typed my password."],
     ["Reported as phishing, message purged.", "Password reset and sessions revoked after click."]),
    ("onedrive", "covered", 38,
     ["OneDrive not syncing", "OneDrive error", "files not uploading"],
     ["OneDrive shows red crosses and my files do not upload.",
      "There are duplicate copies of my files with the PC name.", "OneDrive is stuck on processing changes."],
     ["Reset OneDrive client; sync resumed.", "Shortened long paths; files synced."]),
    ("bitlocker", "covered", 35,
     ["BitLocker recovery", "recovery key needed"],
     ["My laptop shows a blue BitLocker screen and asks for a recovery key.",
      "After a BIOS update the laptop wants the BitLocker key."],
     ["Recovery key given after identity check.", "Key provided; suspended BitLocker for BIOS update."]),
    ("software-request", "covered", 32,
     ["install software", "software request", "need program installed"],
     ["Please install the CAD viewer on my laptop, it asks for an admin password.",
      "I need a tool that is not in the Company Portal.", "Can you install Project on my PC?"],
     ["Installed from the Company Portal.", "Software request approved and installed."]),
    ("file-restore", "covered", 30,
     ["deleted file", "restore folder", "file overwritten"],
     ["I deleted a folder on the shared drive by mistake, can you restore it?",
      "I saved over an Excel file, is there an older version?"],
     ["Restored from previous versions.", "Folder restored from backup."]),
]
