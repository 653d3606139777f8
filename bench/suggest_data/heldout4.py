"""FOURTH HELD-OUT phrasing bank (v4): FROZEN. Written and committed before any tuning of the fourth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional shipping and freight company ("Tideway Freight Lines": a container terminal, bonded
warehouses, a haulage fleet, a few feeder vessels, a head office) instead of a university,
retailer, manufacturer or council. Its own in-house systems (berth planning, manifests, yard
inventory, crew rosters, haulage dispatch), staff ids written "TFL" plus digits, placeholder and
closure habits of yet another desk ("NTR", "WIP", "RFC", "answered", "hung up", "callback done"),
machine mail of other shapes (ping loss, SFTP transfers, UPS on battery, door controllers, patch
reports, telemetry heartbeats), form subjects from a joiner system and a crew-change form, names of
other languages (Dutch, Greek, Filipino, Ukrainian, Vietnamese, Turkish, Norwegian), password and
lockout problems phrased with other verbs (blocked, disabled, expired, suspended, frozen,
deactivated) and in other languages (Dutch, French, Portuguese, Norwegian, Tagalog), and eight gap
topics whose words the evaluation KB lacks or uses in another sense (a "gate" kiosk is no door, a
"terminal" handheld in a straddle carrier is no command line, a "tracking" map of vessels is no
ticket tracking, a "reefer" is a refrigerated container). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a depot or vessel, ``{line}`` a truck, crane or berth number.
"""

ORG = "Tideway Freight Lines"
DOMAIN = "tidewayfreight.example.com"
START = "2024-09-02"
DAYS = 28
OUTLIER_DATES = ("2015-06-30 23:59:00", "2021-01-04 07:12:10", "2031-09-09 09:09:09")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Joost Maarten Femke Sanne Willemijn Dimitrios Eleni Georgios Panagiota Stavros Maricel
Rodrigo Jomar Lorna Ligaya Bayani Oksana Mykola Taras Olena Bohdan Yuliia Nguyen-Anh Thao Minh Quynh Duc
Hoa Emre Zeynep Burak Elif Mehmet Ayse Solveig Eirik Ingrid Torbjorn Kjersti Haakon Lieke Bram Daan Nikos
Katerina Rizalina Dante Marisol Vasyl Halyna Linh Tuan Cem Derya Sigrun Astrid Stian Gunnhild Pim Ruth Olive
Jade Crystal Summer Colt""".split()

LAST_NAMES = """Van-der-Berg de-Vries Bakker Visser Smit Meijer Papadopoulos Georgiou Karagiannis Nikolaidou
Dimitriou Santos Reyes Dela-Cruz Bautista Mendoza Villanueva Shevchenko Kovalenko Bondarenko Tkachenko
Kravchuk Tran Pham Hoang Vu Dang Bui Yilmaz Kaya Demir Sahin Celik Ozturk Haugen Johansen Berg Solberg
Lunde Dahl Moen Hansen Brouwer Mulder Pappas Aquino Marchenko Ngo Aydin Bakke Hill Brooks Marsh Field
Cooper Porter""".split()

APPS = ["Berthline", "Manifesto", "TallyPro", "YardIQ", "Dockmate", "HAULR", "Stowplan", "Quaylink",
        "Crewlog", "Boxtrak", "Pilotview", "Tarifa"]

DEPTS = ["Terminal Operations", "Customs Brokerage", "Haulage Planning", "Marine Crewing", "Finance", "Commercial",
         "Warehouse", "Health and Safety", "Engineering", "Procurement", "Customer Service", "Documentation"]
BUILDINGS = ["Quay Office", "Gatehouse", "Shed 4", "Marine House", "Reefer Park cabin", "Workshop", "Head Office",
             "Berth 7 cabin"]
PLANTS = ["Felmouth terminal", "Harwick depot", "Ostend yard", "MV Tideway Swift", "MV Kestrel Bay", "Rossby DC"]
PLANT_CODES = ["TFL", "FMT", "HWK", "OST"]
ID_PREFIXES = ["TFL", "EMP", "C"]
SENDERS = ["monitor", "sftp-gateway", "ups-mgmt", "patchreport", "access-control", "no-reply-ops"]
HOST_PARTS = ["fmt-tos", "tfl-sql", "hwk-fs", "edi-gw", "ost-app", "tfl-dc", "vms-cam", "sat-rtr", "tfl-web", "wb-pc"]
SERVICES = ["W3SVC", "Spooler", "SQLAgent", "OracleService", "nginx", "FileZilla Server"]
JOBS = ["EDI_BAPLIE_IN", "COPARN_OUT", "INV_POST_NIGHTLY", "TACHO_PULL", "AR_STATEMENTS", "YARD_RECON"]
PRINTER_MODELS = ["Ricoh IM C3000", "Canon iR-ADV C5840", "Xerox VersaLink C7020", "Epson WF-C879R",
                  "Lexmark CX735"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["NTR", "ntr", "WIP", "RFC", "TBC", "answered", "Answered - closed", "Hung up", "hung up before speaking",
                "Callback done", "call back completed", "Wrong number", "wrong dept", "Spoke with user",
                "spoke to caller", "Query answered", "advised caller", "Advice given", "Done", "done.", "-", "?", "??",
                "Info", "as below", "see below", "see attached", "see previous", "Repeat", "repeat call",
                "Opened in error", "raised by mistake", "{person}", "{person}", "{FIRST} {LAST}", "{LAST}",
                "call from {first}", "{first} called", "Msg for {person}", "For {first} {last}", "Follow up", "Chaser"]
TESTS = ["TST", "tst ticket", "Test incident - ignore", "test pls ignore", "Training ticket", "training call - no action",
         "demo ticket", "Demo - do not work", "QA check", "testing mail to ticket", "ZZ TEST", "test 2",
         "tset", "Test raised by {first}", "trial run ticket"]
ALERTS = [
    "[ALERT] {host}: ping loss 100%",
    "Job {job} ended RC={code} at {ts}",
    "{svc} on {host} CRITICAL - response time {num}s",
    "Volume D: on {host} below free space threshold ({pct}% used)",
    "UPS {serial} switched to battery power",
    "Telemetry gateway {host} heartbeat missed",
    "SFTP transfer {job} failed - connection refused by {ip}",
    "Backup session {job} result: Failed ({num} objects)",
    "Door controller {serial} offline since {time}",
    "Patch compliance summary {ts}",
    "[{sender}] Automated notice: {svc} restarted on {host}",
    "Satellite router {host} link state DOWN",
]
PRINTER_STATUS = [
    "{printer}: cyan toner low",
    "Service call required on {model} - error {code}",
    "Fuser nearing end of life - {printer}",
    "Device {serial} reports front cover open",
    "Monthly page count {model} {ts}",
    "{model} ({ip}) maintenance kit due",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-joiner", "covered", "JOINER :: {LAST}, {FIRST} :: {dept} :: start {date}"),
    ("form-leaver", "covered", "Leaver form - {person} - final day {date}"),
    ("form-crew", "form", "Crew change notification | Vessel: {plant} | Crew member: {first} {last} | ID {id7}"),
    ("form-kit", "covered", "Kit request raised for {person} (emp {id7}) - laptop and phone"),
    ("form-glued", "form", "Employee{first} {last}Payroll{id7}Depot{plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["password reset", "Need my password reset", "reset my pw", "PW RESET", "forgotten password",
                    "Password forgotten - {person}", "pword reset {USERID}", "new password required",
                    "I've forgotten my password", "Password Reset Request", "pasword forgotten", "password rest",
                    "password reset (TFL{id7})", "cannot remember my login password", "please reset password for {first}",
                    "wachtwoord vergeten", "mot de passe oublié", "esqueci minha senha", "glemt passord",
                    "nakalimutan ko ang password", "reset network pw pls"]
APP_PASSWORD = ["{app} password not working", "locked out of {app}", "{app} account blocked", "{app} - forgotten password",
                "{APP} PASSWORD EXPIRED", "{app} login disabled", "{app} says wrong password", "can't log into {app}",
                "{app} account suspended after failed logins", "need {app} password reset", "{app} user frozen",
                "reset my {app} credentials"]
LOCKOUT = ["account blocked", "my account is blocked", "AD account disabled", "user account suspended",
           "Account frozen - can't log in", "account deactivated {USERID}", "blocked after too many attempts",
           "locked out", "LOCKED OUT OF WINDOWS", "login blocked - {person}", "compte bloqué", "konto sperret",
           "account disabled again", "can't log on, account blocked"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 200, ["printer won't print", "can't print anything", "printing not working",
        "print job not coming out", "PRINTER OFFLINE", "printer error on laptop", "nothing comes out of printer",
        "printer at {bldg} not working"]),
    ("scan-email", "covered", 45, ["scan to email not working", "scanner not sending emails", "can't scan to my inbox",
        "scans not arriving by email"]),
    ("wifi", "covered", 180, ["wifi not working", "no wifi signal in {bldg}", "wireless keeps disconnecting",
        "can't get on wifi", "WiFi dropping out", "wifi very slow", "laptop can't see wifi", "WIFI ISSUES"]),
    ("vpn", "covered", 120, ["VPN not connecting", "can't connect VPN from home", "vpn disconnects",
        "GlobalProtect stuck connecting", "remote access vpn fails", "VPN slow"]),
    ("outlook", "covered", 100, ["Outlook won't open", "Outlook crashing", "outlook hangs", "Outlook not responding",
        "outlook keeps freezing", "OUTLOOK WON'T START"]),
    ("mailbox-full", "covered", 45, ["mailbox is full", "mailbox almost full warning", "cannot send - mailbox full",
        "mailbox over size limit"]),
    ("slow-pc", "covered", 110, ["pc is very slow", "laptop running slowly", "computer really slow today",
        "slow laptop", "PC slow to log on", "laptop sluggish"]),
    ("monitor", "covered", 75, ["second screen not working", "monitor not detected", "dock not working",
        "screen flickering", "no display on monitor", "docking station issue"]),
    ("software", "covered", 110, ["please install software", "software installation request", "need Visio installed",
        "install request for Notepad++", "can you install Teams on my pc", "need a program installed"]),
    ("shared-folder", "covered", 95, ["no access to shared folder", "can't open team folder", "shared drive gone",
        "need access to network share", "S drive missing", "permission denied on shared folder"]),
    ("phishing", "covered", 50, ["phishing email", "suspicious email received", "is this email genuine",
        "fake invoice email", "report phishing"]),
    ("mfa", "covered", 60, ["MFA not working", "authenticator not sending codes", "new phone need MFA moved",
        "not getting approval prompt", "lost phone authenticator", "2FA code not arriving"]),
    ("password-expired", "covered", 40, ["password has expired", "expired password", "password expired message at login",
        "my password expired"]),
    ("onedrive", "covered", 40, ["OneDrive not syncing", "onedrive sync error", "files not syncing to onedrive"]),
    ("teams-audio", "covered", 50, ["can't hear anyone on Teams", "Teams microphone not working", "no audio in Teams call",
        "Teams headset problem"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key", "laptop asking for bitlocker key", "BitLocker screen on boot"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop not charging", "laptop dead", "no power to laptop"]),
    ("badge", "covered", 45, ["badge not working", "access card not opening doors", "id badge stopped working",
        "door pass not working"]),
    ("restore", "covered", 35, ["restore deleted file", "deleted folder by accident", "need file restored",
        "recover overwritten spreadsheet"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("tachograph", "gap", 105, ["tachograph card not reading", "tacho download failed", "driver card error in tachograph",
        "can't download tacho data", "tachograph shows card fault", "TACHO DOWNLOAD ISSUE truck {line}",
        "tachograph upload not showing"]),
    ("reefer", "gap", 90, ["reefer monitoring screen not updating", "reefer temperatures missing", "reefer plug not reporting",
        "reefer alarms not showing on screen", "can't see reefer readings", "reefer telemetry blank for block {line}"]),
    ("vmt", "gap", 80, ["straddle carrier terminal frozen", "VMT screen blank in straddle {line}",
        "vehicle mount terminal not getting jobs", "straddle tablet won't log on", "crane cab terminal frozen",
        "VMT keeps rebooting"]),
    ("customs-portal", "gap", 70, ["customs declaration portal down", "can't submit customs entry",
        "customs portal rejecting declarations", "customs clearance system not loading", "customs entry stuck pending"]),
    ("vessel-tracking", "gap", 60, ["vessel tracking map not updating", "ship positions missing on map",
        "AIS feed not showing vessels", "vessel tracking screen frozen", "can't see ships on tracking map"]),
    ("gate-kiosk", "gap", 65, ["gate kiosk not printing truck ticket", "truck gate kiosk frozen", "gate OCR not reading plates",
        "gate kiosk intercom not working", "kiosk at in-gate down", "drivers stuck at gate kiosk"]),
    ("weighbridge", "gap", 50, ["weighbridge not sending weights", "weighbridge ticket wrong weight",
        "weighbridge display blank", "weighbridge reading not transferring", "weighbridge printer not printing tickets"]),
    ("edi", "gap", 45, ["EDI messages not arriving", "booking EDI from customer missing", "EDI file rejected",
        "EDI not received from shipping line", "edi messages stuck"]),
]

VAGUE = ["Printer", "Laptop", "Email", "Password", "Outlook", "Login", "Network", "Help", "Problem", "Error",
         "Screen", "Account", "Phone"]

ONEOFF_OBJECTS = ["hatch cover photo", "pilot boarding schedule", "bunker delivery note", "seal number list",
    "dangerous goods form", "lashing plan printout", "mooring rope log", "quay crane camera", "berth window chart",
    "vessel call agenda", "port dues invoice", "demurrage letter", "container damage photo", "chassis pool list",
    "fuel card", "van dashcam", "trailer GPS", "driver rota", "canteen menu screen", "gym card", "parking permit",
    "visitor badge printer", "fire drill log", "muster list", "hi-vis order", "safety boots", "radio earpiece",
    "lifejacket register", "drone footage", "forklift licence", "induction video", "toolbox talk slides",
    "noticeboard screen", "reception tablet", "meeting room display", "conference phone", "projector cable",
    "laminator", "shredder", "franking machine", "courier label", "pallet label template", "barcode font",
    "Excel pivot", "Word mail merge", "PDF signature", "Power BI refresh", "SharePoint page", "Forms survey",
    "Planner board", "OneNote section", "intranet news", "email footer", "out of office message", "shared calendar",
    "room booking", "holiday chart", "expenses receipt", "payslip PDF", "pension letter", "company car form",
    "mobile data bundle", "SIM swap", "desk move", "chair repair", "standing desk", "blinds", "air con remote",
    "fridge in cabin", "kettle", "water cooler", "first aid log", "accident book", "ship stores list",
    "crew wifi voucher", "crew welfare tablet", "chart corrections", "ECDIS update disk", "weather routing email",
    "bridge printer", "engine log template", "noon report form", "oil record book scan"]
ONEOFF_COMPLAINTS = ["not working", "question", "broken", "missing", "help needed", "error", "stopped", "request",
    "issue", "won't open", "out of date", "keeps resetting", "wrong info", "very slow", "won't start",
    "can't find", "how do I", "need access", "vanished", "won't save", "fault", "setup", "replacement",
    "update please", "install", "settings", "greyed out", "denied", "incorrect", "duplicate", "hidden", "freezes"]
ONEOFF_FREE = [
    "who do I ask about the new crane cab chairs", "can the gatehouse have a second screen",
    "need a longer network cable in shed 4", "ship stores list prints on two pages",
    "which form for a new forklift licence", "clock on the quay office wall is wrong",
    "can I get a headset for the planning desk", "cabin phone on berth 7 has a cracked screen",
    "where do I send damaged container photos", "please move my desk phone to marine house",
    "need power adapter for US plug", "crew welfare tablet needs a charger",
    "projector in the boardroom shows green tint", "who owns the noticeboard screen in the canteen",
    "order more labels for the warehouse", "new starter needs a locker key",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.05, "RE: "), (0.08, "FW: "), (0.10, "URGENT: "), (0.13, "[{plant}] "), (0.15, "{person}: "),
                  (0.17, "TFL{id7} - "), (0.19, "{LAST} / {FIRST} - ")]
NOISE_SUFFIXES = [(0.06, " - {person}"), (0.08, " [{USERID}]"), (0.10, " - tel {phone_nat}"),
                  (0.13, " - {bldg}"), (0.15, " at {plant}"), (0.17, " truck {line}"), (0.19, " (emp {id7})"),
                  (0.21, " - urgent pls"), (0.22, " !!!"), (0.24, " - call me back"), (0.26, " for {first} {last}"),
                  (0.28, " on behalf of {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Identity checked with the code {otp} sent to the mobile.",
    "user gave me the verification number {otp_spaced}",
    "verifcation code was {otp}",
    "Interim password {password} given over the phone",
    "reset to {password}, user must change at next logon",
    "she had already tried {password} twice",
    "first-time password: {password}",
    "Met vriendelijke groet,\n{first} {last}\n{dept}",
    "login {USERID} shows as disabled",
    "please look at account {USERID}",
    "driver login ({USERID}) still suspended",
    "{first} {last} ({USERID}) rang from {ws2}",
    "private mail {email_obf}",
    "reply to {email}",
    "cell {phone_nat}",
    "reach me on {phone_intl}",
    "send the replacement to {address_x}",
    "deliver to {address_eu}",
    "home address {address_us}",
    "ATTN {FIRST} {LAST}",
    "Captain {last} asked for this",
    "cc {first} {last}",
    "{first_plain} from {dept} needs it today",
    "Employee number {id7}",
    "HR ref {id_alnum}",
    "pass {id7} rejected at gate",
    "paid with card {card}",
    "device {ws2} mac {mac2}",
    "traffic from {ip} blocked",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("vessel", "Crew of MV Kestrel Bay need the update.", "Kestrel Bay"),
    ("building", "Printer in Meijer House lobby.", "Meijer House"),
    ("place", "Trailer parked at Harwick depot.", "Harwick"),
    ("product", "The Orion T5 handhelds need charging.", "Orion T5"),
    ("team", "Given to Team Albatross to look at.", "Team Albatross"),
    ("category", "Category: Reefers, Cranes, Gates", "Cranes, Gates"),
    ("version", "Firmware 4.12.0.77 on the device.", "4.12.0.77"),
    ("error_code", "Screen shows code W-3308.", "W-3308"),
    ("server_name", "Share is on TFL-FS-11.", "TFL-FS-11"),
    ("role_email", "Send it to it.help@tidewayfreight.example.com please.", "it.help@tidewayfreight.example.com"),
    ("asset_tag", "Asset TFL-AS-002291 on the back.", "TFL-AS-002291"),
    ("ticket_ref", "Related to INC0417720.", "INC0417720"),
    ("place", "Meet at Porter Quay gate.", "Porter Quay"),
    ("product", "Order two Vega Dock chargers.", "Vega Dock"),
    ("place", "He is based in Rotterdam.", "Rotterdam"),
]

PHONES_INTL = ["+31 10 555 0147", "+30 210 555 0182", "+63 2 8555 0134", "+380 44 555 0165", "+84 28 5555 0123",
               "+90 212 555 0178", "+47 22 55 01 44", "+44 1632 960 871", "+1 312 555 0139", "+65 6555 0102"]
PHONES_NATIONAL = ["010 555 0147", "0612345678", "01632 960871", "(0212) 555 01 78", "22 55 01 44",
                   "07700 900 455", "0917 555 0134"]
ADDRESSES_EU = ["Westzeedijk 88, 3016 AK Rotterdam", "Leoforos Syngrou 140, 176 71 Kallithea",
                "Storgata 12, 0155 Oslo", "Istiklal Cd. No: 45, 34433 Beyoglu/Istanbul",
                "Kaai 14 bus 3, 8400 Oostende", "Unit 5, 21 Dock Road, Felmouth FM2 8QP"]
ADDRESSES_US = ["2200 Harbor Blvd Apt 9, Long Beach, CA 90813", "61 Pier St, Unit 4, Portland, ME 04101",
                "PO Box 4410, Savannah, GA 31402", "905 N Canal St, Chicago, IL 60607"]
ADDRESSES_OTHER = ["vul. Khreshchatyk 22, kv. 7, Kyiv 01001", "123 Le Loi, Quan 1, TP Ho Chi Minh",
                   "Blk 5 Lot 12, Mabini St, Makati 1200", "Nieuwe Binnenweg 301-B, 3021 GH Rotterdam",
                   "Plateia Karaiskaki 3, 185 31 Piraeus", "Bryggen 4, 5003 Bergen"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hi Service Desk,", "Goedemorgen,", "Hello team,", "Hi,", "Good afternoon,", "Hei,", "Hi {first},"]
RICH_SIGNOFFS = ["Thanks\n{first}", "Regards,\n{first} {last}\n{dept}", "Cheers, {first}",
                 "Met vriendelijke groet\n{first} {last}", "--\n{first} {last} | {dept} | {phone_intl}",
                 "Best\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called user, no answer.", "Remote session started.", "User confirms OK now.",
                 "Waiting for user.", "Sent to site engineer.", "Reminder sent.", "Escalated to second line.",
                 "Left voicemail.", "User on shift until Friday.", "Spoke to supervisor."]
RICH_GENERIC_NOTES = ["Fixed on the call.", "No response, closing.", "Resolved.", "User happy.",
                      "Closed - nothing further.", "Working now."]
RICH_ONEOFF_BODIES = ["Can someone check the {thing}? It is not right since Monday.",
                      "Who looks after the {thing}?",
                      "The {thing} at our site needs fixing please.",
                      "We need the {thing} sorted before the vessel arrives."]

RICH_TOPICS = [
    ("wifi", "covered", 400,
     ["wifi not working", "wifi dropping", "no wireless"],
     ["My laptop loses the wifi every few minutes in the quay office.",
      "There is no wireless signal in the gatehouse, the laptop cannot find any network.",
      "Wifi shows connected but no pages load."],
     ["Forgot and re-joined the wireless network; driver updated.",
      "Access point rebooted by network team.", "Wifi adapter reset, stable now."]),
    ("printer", "covered", 250,
     ["printer not printing", "printer offline", "print queue stuck"],
     ["The printer in the office shows offline and nothing prints.",
      "My documents stay in the print queue with an error.",
      "Nobody on the floor can print since the morning."],
     ["Cleared queue, restarted spooler.", "Printer power cycled.", "Printer re-added on the laptop."]),
    ("lockout", "covered", 170,
     ["account blocked", "locked out", "account disabled"],
     ["My account got blocked after I typed the wrong password a few times.",
      "I am locked out of Windows every morning.",
      "It says my account is disabled and I cannot sign in."],
     ["Account unlocked; old password removed from phone.", "Unlocked, user logged in."]),
    ("tachograph", "gap", 150,
     ["tacho download failed", "tachograph card error", "driver card not reading"],
     ["The tachograph download from truck 12 fails every time at the depot.",
      "The driver card gives an error in the tachograph and the data does not come through.",
      "Tacho files are not showing in the analysis software after download."],
     ["Download key re-paired with the tachograph.", "Driver card cleaned and re-read.",
      "Tachograph analysis service restarted; files imported."]),
    ("gate-kiosk", "gap", 120,
     ["gate kiosk frozen", "truck ticket not printing", "gate OCR not reading"],
     ["The kiosk at the in-gate is frozen and drivers are queuing.",
      "The gate kiosk does not print the truck ticket any more.",
      "The OCR camera at the gate is not reading number plates."],
     ["Kiosk restarted and ticket printer cleared.", "OCR camera cleaned and recalibrated.",
      "Kiosk replaced with spare."]),
    ("customs-portal", "gap", 90,
     ["customs portal down", "customs entry rejected", "can't submit declaration"],
     ["The customs declaration portal will not load and we have entries waiting.",
      "Every customs entry I submit is rejected with a validation error.",
      "Declarations stay pending in the customs system."],
     ["Certificate for the customs portal renewed.", "Portal cache cleared; entries submitted.",
      "Customs software provider fixed the interface."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops"],
     ["GlobalProtect will not connect from home.", "VPN connects and drops after a minute."],
     ["Changed gateway; VPN stable.", "Reinstalled the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox size warning"],
     ["Outlook says my mailbox is full.", "Warning that my mailbox is over the limit."],
     ["Archived old mail.", "Explained how to clean up the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared folder missing", "access denied on folder"],
     ["The team share is gone from my laptop.", "Access denied on the documentation folder."],
     ["Drive remapped.", "Access granted by folder owner."]),
    ("teams-audio", "covered", 60,
     ["no audio in Teams", "Teams mic not working"],
     ["Nobody can hear me in Teams calls.", "Teams uses the laptop speaker and not my headset."],
     ["Headset selected in Teams settings.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "file overwritten"],
     ["I deleted a spreadsheet from the shared folder, can you get it back?",
      "I saved over a report, is there an older version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
