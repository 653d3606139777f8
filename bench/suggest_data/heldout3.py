"""THIRD HELD-OUT phrasing bank (v3): FROZEN. Written and committed before any tuning of the third
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional local authority ("Brackenmoor District Council": town hall, depots, libraries,
leisure centres, a parking-enforcement team) instead of a university, retailer or manufacturer.
Its own in-house systems (planning, council tax, housing, waste rounds, licensing), staff numbers
written "SN-" or as bare digits, other placeholder and test habits ("NFA", "logged in error",
"dummy call"), machine mail of other shapes (Zabbix/Nagios-style problem and recovery lines,
environment sensors, certificate expiry, storage pools, scheduled tasks), form subjects from a
web enquiry form and an HR system, names of yet other languages (Welsh, Irish, Polish, Somali,
Punjabi, Portuguese, Romanian), and eight gap topics whose words the evaluation KB lacks or uses in
another sense (a GIS "map" is no mapped drive, a card "payment" terminal is no expense claim, a
body-worn "camera" is no meeting camera, a "webcast" of a council meeting is no Teams recording).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a council site, ``{line}`` a round or vehicle number.
"""

ORG = "Brackenmoor District Council"
DOMAIN = "brackenmoor.example.gov.uk"
START = "2022-02-07"
DAYS = 31
OUTLIER_DATES = ("2016-11-21 08:15:00", "2023-12-01 13:05:44", "2026-03-03 10:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Rhiannon Gethin Eleri Dafydd Cerys Iolo Angharad Siân Niamh Cathal Aoife Oisín Saoirse
Pádraig Róisín Małgorzata Wojciech Krzysztof Jadwiga Łukasz Halina Hodan Abdirahman Faadumo Liban Ayaan
Hamza Gurpreet Harjit Simranjeet Manpreet Jaswinder Rajvinder Inês Gonçalo Beatriz Tiago Rui Leonor
Ionuț Andreea Bogdan Mihaela Răzvan Ioana Florin Bethan Owain Carys Marged Ffion Ciarán Eoghan
Bronagh Ewa Zbigniew Dorota Nasra Warsame Kiran Baljit Rosa Ivy Reed Hunter Heath Lane""".split()

LAST_NAMES = """Pritchard Llewellyn Prosser Vaughan Bevan O'Sullivan MacGiolla Ní-Bhriain Brennan Kavanagh
Dunne Wróblewski Kowalczyk Szymańska Dąbrowski Grabowski Jankowski Warsame Farah Omar Hirsi Abdi Sandhu Gill
Dhillon Grewal Sidhu Bains Ferreira Teixeira Sousa Magalhães Pinto Popescu Ionescu Stănescu Dumitrescu
Constantin Munteanu Rees Hopkins Jenkins Meredith Gwilliam Cassidy Quigley Flynn Baker Mason Shepherd
Fisher Chandler Glover""".split()

APPS = ["Planwise", "RatesDesk", "CaseLine", "Housefile", "BinRound", "Licenza", "FleetBook", "CEMTRAK",
        "Grantly", "Tenantly", "ParkPen", "Libris"]

DEPTS = ["Revenues and Benefits", "Planning", "Housing", "Environmental Health", "Waste Services", "Parking",
         "Libraries", "Leisure", "Democratic Services", "Legal", "Licensing", "Customer Contact", "Building Control"]
BUILDINGS = ["Town Hall", "Civic Centre", "Northgate Depot", "Riverside Library", "Moorside Leisure Centre",
             "Crematorium", "Market Hall", "Annex C"]
PLANTS = ["Brackenmoor", "Holt Cross", "Fennick", "Upper Ashby", "Saltmarsh", "Kilncote"]
PLANT_CODES = ["BDC", "HCX", "FNK", "UAS"]
ID_PREFIXES = ["SN-", "BDC", "E"]
SENDERS = ["zabbix", "svc-scheduler", "noreply-alerts", "backup-admin", "envmon", "postmaster"]
HOST_PARTS = ["bdc-app", "bdc-sql", "civ-fs", "rev-db", "gis-srv", "lib-web", "dep-nvr", "hv-node", "bdc-rdg", "mail-gw"]
SERVICES = ["Print Spooler", "MSSQLSERVER", "IIS Admin", "ArcGIS Server", "Tomcat9", "Veeam Agent"]
JOBS = ["CTAX_BILL_RUN", "NNDR_EXTRACT", "HB_DWP_IMPORT", "GL_POSTING", "PAYROLL_BACS", "LLPG_SYNC"]
PRINTER_MODELS = ["Konica bizhub C450i", "Sharp MX-3571", "Kyocera TASKalfa 3554ci", "Brother HL-L6400",
                  "HP PageWide 556"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["NFA", "nfa", "No further action", "no further action required", "Logged in error",
                "logged in error - please close", "Cancelled by caller", "cancelled", "Dup", "dup call",
                "Raised twice", "x", ".", "...", "n/a", "as discussed", "As per phone call", "see email thread",
                "see notes", "Per conversation", "Phone message", "phone msg", "Message left", "Caller rang off",
                "caller rang off before details", "{person}", "{person}", "{FIRST} {LAST}", "{last}",
                "{person} rang", "Message for {first}", "On behalf of {person}", "Chased", "Update", "FYI"]
TESTS = ["Dummy call", "dummy ticket please delete", "TEST CALL", "this is a test", "test123", "Test - delete me",
         "Sample incident - ignore", "portal test", "Testing the new portal form", "Test from {first}",
         "TESTING - NO ACTION", "tesst", "teest ticket", "ignore this one", "trial ticket"]
ALERTS = [
    "PROBLEM: High CPU load on {host} ({pct}%)",
    "RECOVERY: {svc} on {host} is OK",
    "** PROBLEM ** Host {host} is UNREACHABLE",
    "Scheduled task {job} did not start at {time}",
    "Certificate for {host}.{domain} expires in {num} days",
    "Storage pool on {host} at {pct}% capacity",
    "Comms room temperature {num}{num}C - sensor {serial}",
    "Failed logon threshold exceeded from {ip}",
    "Backup copy job {job} finished with warning",
    "Undeliverable: notification from {sender}",
    "{svc} service stopped on {host} - auto-restart attempted",
    "NVR {host} camera {num} video loss",
]
PRINTER_STATUS = [
    "{model}: waste toner box nearly full",
    "Drum unit replacement required - {printer}",
    "Meter reading request for device {serial}",
    "{model} at {ip}: tray 2 empty",
    "Consumables alert from {printer} ({ip})",
    "Automatic supplies order placed - {model} SN {serial}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-starter", "covered", "HR Notification - New Starter - {LAST}, {FIRST} - {dept} - starts {date}"),
    ("form-leaver", "covered", "HR Notification - Leaver - {person} - last day {date}"),
    ("form-enquiry", "form", "Website enquiry form | Name: {first} {last} | Email: {email} | Topic: IT"),
    ("form-equipment", "covered", "Equipment loan request from {person} (staff no {id7})"),
    ("form-glued", "form", "Name:{first} {last}Staff No:{id7}Service:{dept}Site:{plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["forgot my password", "Password reset please", "pw reset required", "reset network password",
                    "Password reset - {person}", "password reset for {USERID}", "needs a new password",
                    "can't remember password", "PASSWORD RESET", "Reset of password", "pasword reset",
                    "passwrod reset", "password reset (SN-{id7})", "forgotten windows password",
                    "Reset password for {first}", "new temp password needed", "Ailosod cyfrinair", "pwd reset pls"]
APP_PASSWORD = ["{app} won't accept my password", "locked out of {app}", "{app} - password not recognised",
                "can't get into {app}, forgot password", "{APP} LOGIN FAILED RESET PLS",
                "{app} sign in says invalid credentials", "{app} password needs resetting",
                "{app} locked after 3 attempts", "reset {app} login", "{app} password expired",
                "forgotten {app} password", "{app} account unlock"]
LOCKOUT = ["account has been locked", "locked out of my pc", "Locked Out", "account lockout {USERID}",
           "Locked out - {person}", "network account locked", "unlock account please", "locked out of laptop",
           "keeps locking me out", "account locked after password change", "LOCKED OUT AGAIN", "acc locked"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 210, ["can't print to office printer", "printer not responding", "print jobs stuck",
        "PRINTER NOT WORKING", "nothing printing from laptop", "printer offline on my pc", "unable to print",
        "print queue frozen", "printer at {bldg} won't print"]),
    ("paper-jam", "covered", 50, ["paper jam in copier", "copier jammed", "paper stuck in tray 3",
        "Photocopier paper jam", "mfd keeps jamming"]),
    ("wifi", "covered", 190, ["wifi keeps dropping", "no wifi at {bldg}", "can't connect to wifi",
        "wireless not working", "Wi-Fi really slow", "laptop won't join wifi", "WIFI DOWN",
        "wifi signal poor in meeting room", "lost wireless connection", "WiFi disconnects"]),
    ("vpn", "covered", 130, ["vpn won't connect from home", "GlobalProtect not connecting", "VPN keeps dropping",
        "cannot connect to VPN", "VPN error when working from home", "vpn very slow", "VPN login fails"]),
    ("outlook-crash", "covered", 95, ["Outlook keeps crashing", "outlook not opening", "Outlook frozen",
        "outlook stuck on loading", "Outlook not responding", "outlook closes on its own"]),
    ("mailbox-full", "covered", 50, ["mailbox full", "my mailbox is over its limit", "mailbox size warning",
        "can't send emails mailbox full", "Mailbox quota exceeded"]),
    ("slow-pc", "covered", 120, ["computer running slow", "laptop extremely slow", "PC very slow to start",
        "slow computer", "laptop slow and freezing", "PC SLOW"]),
    ("dock-monitor", "covered", 80, ["second monitor not working", "docking station not working",
        "screens not detected", "monitor no signal", "dock not charging laptop", "external screen blank"]),
    ("keyboard-mouse", "covered", 40, ["mouse not working", "keyboard not working", "keys sticking on keyboard",
        "new mouse needed", "wireless keyboard not connecting"]),
    ("software-install", "covered", 115, ["install software please", "need software installed",
        "request to install Visio", "can you install Adobe Reader", "software install request",
        "need admin rights to install"]),
    ("shared-drive", "covered", 100, ["can't access shared drive", "access to team folder", "H drive missing",
        "mapped drive not showing", "no access to network folder", "shared drive access denied"]),
    ("phishing", "covered", 45, ["suspicious email", "possible phishing email", "dodgy email received",
        "scam email with link", "phishing email reported"]),
    ("virus", "covered", 30, ["virus warning", "malware popup", "antivirus says threat found", "virus detected"]),
    ("desk-phone", "covered", 50, ["desk phone not working", "no dial tone", "phone screen blank",
        "desk phone dead", "handset faulty"]),
    ("mfa", "covered", 55, ["authenticator app new phone", "MFA codes not arriving", "not getting sign in approval",
        "lost phone with authenticator", "two factor not working"]),
    ("password-expired", "covered", 40, ["password expired", "my password has expired", "expired password message",
        "password expired can't log on"]),
    ("onedrive", "covered", 40, ["OneDrive not syncing", "onedrive sync problem", "OneDrive files not uploading",
        "OneDrive sync paused"]),
    ("teams-audio", "covered", 55, ["Teams no sound", "microphone not working in Teams", "people can't hear me on Teams",
        "headset not working in teams", "Teams call audio problem"]),
    ("bitlocker", "covered", 35, ["bitlocker key needed", "BitLocker recovery screen", "laptop asking for recovery key",
        "bitlocker locked laptop"]),
    ("laptop-charge", "covered", 50, ["laptop won't charge", "laptop not turning on", "laptop battery not charging",
        "laptop dead won't power on", "charger not working"]),
    ("file-restore", "covered", 35, ["deleted a file by mistake", "restore deleted folder", "need previous version of file",
        "file overwritten please restore"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("two-way-radio", "gap", 110, ["radio not transmitting", "handheld radio no signal", "walkie talkie not working",
        "two-way radio battery dead", "radio channel wrong", "can't hear control on radio",
        "radio not charging in dock", "RADIO FAULT round {line}"]),
    ("bodycam", "gap", 85, ["body camera footage not uploading", "body worn camera won't dock",
        "bodycam not recording", "body-worn video upload failed", "bodycam battery not lasting",
        "body camera clips missing"]),
    ("library-kiosk", "gap", 75, ["self-service kiosk frozen", "library self checkout not working",
        "kiosk won't read library cards", "self-issue machine offline at {bldg}", "kiosk receipt printer jammed",
        "self checkout screen blank"]),
    ("gis-map", "gap", 70, ["GIS map layers not loading", "mapping system won't show boundaries",
        "GIS viewer very slow", "aerial photos missing in GIS", "can't edit GIS layer", "GIS map blank"]),
    ("smartboard", "gap", 60, ["interactive whiteboard not responding", "smartboard touch not working",
        "touch screen panel in meeting room frozen", "interactive display pen not writing",
        "smartboard not showing laptop"]),
    ("card-terminal", "gap", 65, ["card payment terminal offline", "chip and pin machine not working",
        "card reader declining all payments", "payment terminal won't connect", "contactless not working on card machine",
        "card machine at {bldg} down"]),
    ("webcast", "gap", 45, ["council meeting webcast not streaming", "livestream of committee failed",
        "webcast audio missing", "chamber webcast frozen", "live stream of meeting not starting"]),
    ("key-cabinet", "gap", 40, ["key cabinet won't release keys", "electronic key safe locked",
        "vehicle key cabinet error", "key cabinet not accepting fob", "key safe at depot offline"]),
]

VAGUE = ["Laptop", "Wifi", "Printer", "Email", "Phone", "Teams", "Password", "Computer", "Issue", "Query", "Fault",
         "Urgent", "Access"]

ONEOFF_OBJECTS = ["ballot box label", "electoral register report", "committee agenda template", "minutes template",
    "press release logo", "bin collection calendar", "grave register", "allotment list", "market stall map",
    "tree survey photos", "noise recording app", "dog warden van tablet", "gully sweeper schedule", "salt bin list",
    "planning notice printout", "building plans scan", "street name plate order", "CCTV monitor desk",
    "reception queue screen", "visitor sign-in book", "lost property log", "cash office safe", "float bag",
    "receipt roll", "library van wifi", "audiobook app", "microfiche reader", "local history scanner",
    "museum display screen", "swimming pool tannoy", "gym booking screen", "sauna timer", "ice rink PA",
    "event ticket scanner", "mayor's diary", "chain of office photo", "civic car booking", "pool car fuel card",
    "lease car form", "mileage claim", "pension statement", "union notice board", "training room projector",
    "flip chart pens", "desk fan", "heater in office", "blinds remote", "kettle PAT test", "fire warden vest",
    "first aid kit list", "evacuation chair", "lone worker app", "panic alarm", "intercom at gate",
    "barrier arm", "ANPR report", "permit printer", "pay and display machine", "parking app refund", "EV charger",
    "bike shed lock", "drying room key", "uniform order", "boots voucher", "PPE request form", "hi-vis jacket",
    "Excel macro", "Word template", "mail merge letters", "PDF form fields", "Access database", "SharePoint list",
    "Power BI report", "Forms quiz", "Planner tasks", "OneNote notebook", "Yammer group", "intranet page",
    "staff directory photo", "email signature", "out of office wording", "calendar colours", "room mailbox",
    "resource booking", "accessible font", "screen reader", "magnifier", "dictation software", "ergonomic mouse"]
ONEOFF_COMPLAINTS = ["not right", "query", "broken", "lost", "help", "error", "stopped working", "request",
    "problem", "won't load", "needs updating", "keeps resetting", "shows wrong info", "too slow", "won't start",
    "can't find", "how to", "access needed", "disappeared", "not saving", "issue", "set up", "replace",
    "upgrade", "install", "settings", "greyed out", "blocked", "wrong", "duplicated", "hidden", "hangs"]
ONEOFF_FREE = [
    "can the agenda screen in reception show the committee times", "need a longer cable for the chamber mic",
    "where do I order a new lanyard", "cash office safe display shows E7", "who looks after the pool tannoy",
    "need a spare charger for the mobile office", "move my phone extension to the annex",
    "projector remote missing from training room", "who signs off hardware purchases",
    "order printer paper for housing team", "reception screen shows upside down",
    "request a power strip for the hot desk", "key for comms cabinet missing", "please hang screen in committee room",
    "wrong photo on my staff pass", "what is the visitor wifi code today",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.05, "RE: "), (0.07, "FW: "), (0.09, "Urgent - "), (0.12, "[{plant}] "),
                  (0.15, "{person} - "), (0.17, "SN-{id7} "), (0.19, "{LAST} {FIRST}: ")]
NOISE_SUFFIXES = [(0.06, " - {person}"), (0.08, " ({USERID})"), (0.10, " - rang from {phone_nat}"),
                  (0.13, " - {bldg}"), (0.15, " @ {plant}"), (0.17, " van {line}"), (0.19, " (staff no {id7})"),
                  (0.21, " - ASAP"), (0.22, " !!"), (0.24, " - please call back"), (0.26, " for {first} {last}"),
                  (0.28, " re {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Caller verified with the six digit code {otp} we texted.",
    "he read the one time passcode {otp_spaced} back to me",
    "verificaton code {otp} was accepted",
    "Temporary password issued: {password}",
    "set her password to {password} until she changes it",
    "I have tried {password} and the old one",
    "start-up password {password}, change on first use",
    "Diolch,\n{first} {last}\n{dept}",
    "user name {USERID} is disabled",
    "can you check login {USERID} please",
    "staff login ({USERID}) still blocked",
    "{first} {last} ({USERID}) called from {ws2}",
    "my personal email is {email_obf}",
    "email me at {email}",
    "mobile {phone_nat}",
    "ring me on {phone_intl}",
    "post it to my home: {address_x}",
    "courier to {address_eu}",
    "ship to {address_us}",
    "FAO {FIRST} {LAST}",
    "Cllr {last} raised this at committee",
    "copying {first} {last} in",
    "{first_plain} in {dept} says it is urgent",
    "Staff no. {id7}",
    "Payroll ref {id_alnum}",
    "pass number {id7} not working on door",
    "card used: {card}",
    "laptop {ws2} MAC {mac2}",
    "connection from {ip} refused",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("building", "Meeting is in the Pritchard Room at the Civic Centre.", "Pritchard Room"),
    ("building", "The printer by Kavanagh House reception.", "Kavanagh House"),
    ("place", "Depot at Holt Cross, bay 2.", "Holt Cross"),
    ("product", "We use the Stratus K9 van tablets.", "Stratus K9"),
    ("team", "Passed to Team Heron for review.", "Team Heron"),
    ("category", "Category: Radios, Cameras, Kiosks", "Cameras, Kiosks"),
    ("version", "Client version 7.3.19.204 installed.", "7.3.19.204"),
    ("error_code", "Kiosk shows E-4471 on start.", "E-4471"),
    ("server_name", "Files live on BDC-FS-07.", "BDC-FS-07"),
    ("role_email", "Email it to servicedesk@brackenmoor.example.gov.uk please.", "servicedesk@brackenmoor.example.gov.uk"),
    ("asset_tag", "Asset tag BDC-IT-004417 on the base.", "BDC-IT-004417"),
    ("ticket_ref", "Linked to INC0093311.", "INC0093311"),
    ("team", "Sent to the Llewellyn Park grounds team.", "Llewellyn Park"),
    ("product", "Order the Nimbus Go headsets.", "Nimbus Go"),
    ("place", "She works from Porto.", "Porto"),
]

PHONES_INTL = ["+44 1632 960 412", "+353 1 555 0142", "+48 22 555 01 87", "+252 61 555 0193", "+91 98765 43210",
               "+351 21 555 0137", "+40 21 555 0144", "+44 7700 900 318", "+1 617 555 0176", "+61 2 5550 1234"]
PHONES_NATIONAL = ["01632 960412", "07700 900318", "(01632) 960 733", "022 555 01 87", "021 555 0137",
                   "087 555 0142", "0161 496 0321"]
ADDRESSES_EU = ["14 Heol y Parc, Caerdydd CF10 3AT", "22 Rathmines Road Lower, Dublin 6, D06 F8K2",
                "ul. Piotrkowska 104/12, 90-926 Łódź", "Rua de Santa Catarina 312, 4000-443 Porto",
                "Strada Victoriei 41, 010061 București", "Flat 2, 9 Moor Lane, Brackenmoor BM4 7QZ"]
ADDRESSES_US = ["77 Beacon Ave Apt 5, Quincy, MA 02169", "4100 Ridge Rd, Suite 12, Lakewood, OH 44107",
                "PO Box 818, Boise, ID 83701", "19 W Maple Ct, Fort Collins, CO 80521"]
ADDRESSES_OTHER = ["32 Heol Fawr, Aberaeron SA46 0AB", "ul. Długa 7 m. 3, 80-827 Gdańsk",
                   "Av. da Liberdade 190, 1250-147 Lisboa", "Calea Dorobanților 18, Cluj-Napoca 400117",
                   "Apt 3, 5 Quay Street, Galway H91 D2XE", "House 12, KM4 Road, Mogadishu"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hi IT,", "Morning,", "Hello,", "Bore da,", "Hi all,", "Dzień dobry,", "Hi {first},"]
RICH_SIGNOFFS = ["Cheers\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Thanks, {first}",
                 "Diolch\n{first} {last}", "--\n{first} {last} | {dept} | {phone_intl}", "Many thanks\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang user, no reply.", "Remote session, watching it.", "User says it is fine now.",
                 "Awaiting reply from user.", "Passed to field engineer.", "Chased by email.",
                 "Escalated to infrastructure.", "Voicemail left.", "User part-time, back Thursday.",
                 "Spoke to team manager."]
RICH_GENERIC_NOTES = ["Sorted over the phone.", "No reply from user, closed.", "Resolved.", "User confirmed fixed.",
                      "Closed - no further action.", "All working."]
RICH_ONEOFF_BODIES = ["Could somebody have a look at the {thing}? It has not been right this week.",
                      "Quick question about the {thing}, who deals with it?",
                      "The {thing} in our office needs sorting please.",
                      "I need the {thing} fixed before the committee on Monday."]

RICH_TOPICS = [
    ("wifi", "covered", 420,
     ["wifi keeps dropping", "no wifi", "wireless not connecting", "wifi slow"],
     ["My laptop keeps losing the wifi and I have to reconnect every few minutes.",
      "There is no wireless in the meeting room on the second floor, the laptop cannot find the network.",
      "Wi-Fi says connected but nothing loads, colleagues next to me are the same.",
      "The wifi at the library is really slow this week."],
     ["Removed and re-added the wireless profile; updated the driver.",
      "Access point restarted by the network team.", "Network adapter reset, wifi stable."]),
    ("printer", "covered", 260,
     ["can't print", "printer offline", "print jobs stuck"],
     ["The office printer shows offline on my laptop and nothing comes out.",
      "Print jobs sit in the queue with an error, restarting did not help.",
      "Nobody in the team can print to the copier since this morning."],
     ["Cleared the queue and restarted the spooler.", "Printer power cycled at the device.",
      "Re-added the printer on the laptop."]),
    ("lockout", "covered", 180,
     ["account locked", "locked out", "keeps locking me out"],
     ["My account is locked after a few wrong passwords.", "I keep getting locked out every morning.",
      "Windows says my account is locked, I cannot sign in."],
     ["Unlocked account; old password cleared from phone mail.", "Account unlocked, user signed in."]),
    ("two-way-radio", "gap", 150,
     ["radio not working", "handheld radio no signal", "walkie talkie fault"],
     ["The handheld radios on the bin rounds cannot reach the depot controller, just static.",
      "My two-way radio does not transmit, the light comes on but control cannot hear me.",
      "The radio does not charge in the desk charger any more.",
      "Radio is on the wrong channel and the buttons are locked."],
     ["Radio reprogrammed to the depot channel.", "Battery of the radio replaced.",
      "Charger contacts cleaned; radio charges."]),
    ("card-terminal", "gap", 120,
     ["card terminal offline", "card machine not working", "payment terminal error"],
     ["The card payment terminal at reception says no connection and we cannot take payments.",
      "The chip and pin machine declines every card, customers are waiting.",
      "Contactless payments fail on the card machine at the leisure centre."],
     ["Terminal re-paired with its base and rebooted.", "Payment provider reset the terminal; payments go through.",
      "Replaced the card terminal."]),
    ("gis-map", "gap", 90,
     ["GIS layers not loading", "GIS map blank", "mapping system slow"],
     ["The GIS map shows the background but none of the planning layers load.",
      "The mapping system will not show the ward boundaries any more.",
      "GIS viewer takes minutes to open a map of the district."],
     ["Layer cache rebuilt on the GIS server.", "Permissions on the layers restored.",
      "Cleared the GIS viewer cache in the browser."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops", "GlobalProtect error"],
     ["GlobalProtect sits on connecting from home, my internet is fine.",
      "The VPN connects and then drops after a few minutes."],
     ["Changed gateway; VPN stable.", "Reinstalled the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox limit"],
     ["Outlook says my mailbox is full and I cannot send.", "I get a warning that my mailbox is over the limit."],
     ["Archived old mail, emptied deleted items.", "Explained mailbox clean up."]),
    ("shared-drive", "covered", 75,
     ["shared drive missing", "no access to folder"],
     ["My team drive has vanished from the laptop.", "I get access denied on the housing folder."],
     ["Drive mapped again.", "Access granted by folder owner."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "mic not working in Teams"],
     ["In Teams meetings nobody can hear me.", "Teams plays sound through the laptop not the headset."],
     ["Selected headset in Teams devices.", "Audio driver updated."]),
    ("file-restore", "covered", 40,
     ["restore deleted file", "file overwritten"],
     ["I deleted a spreadsheet from the team drive, can it be restored?",
      "I saved over a letter, is there an older copy?"],
     ["Restored from previous versions.", "File restored from backup."]),
]
