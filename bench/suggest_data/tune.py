"""TUNE phrasing bank for the messy-export benchmark: the only bank used while developing.

A fictional state university with a medical centre ("Kestrel"). Invented names, apps, hosts and
numbers; slots as documented in ``heldout.py``. Its gap topics, apps, alert and form templates
and PII phrasings differ from the held-out bank's on purpose.
"""

ORG = "Kestrel State University"
DOMAIN = "kestrel.example.edu"
START = "2019-02-25"
DAYS = 30
OUTLIER_DATES = ("2020-11-03 08:15:00", "2023-04-19 13:21:47")
TOTAL = 10_000

FIRST_NAMES = """Jane John Mary Robert Patricia Michael Linda William Barbara David Elizabeth Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret
Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Dorothy Kevin
Carol Brian Amanda George Melissa Edward Deborah Ronald Stephanie Timothy Rebecca Jason Sharon Jeffrey
Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna
Larry Brenda Justin Pamela Scott Nicole Brandon Emma Benjamin Samantha Samuel Katherine Gregory Christine
Frank Debra Alexander Rachel Raymond Catherine Patrick Carolyn Jack Janet Dennis Ruth Jerry Maria Tyler
José María Hernán Sofía Lucía Andrés Jürgen Günther Renée Zoé Mathéo Noémie Dagný Øystein Ewa
Kateřina Miloš Ayodele Chinedu Folasade Emeka Kwame Akosua Wanjiru Njeri Tendai Farai Anjali Rohit
Sneha Arjun Kavya Vikram Mohammed Fatima Hassan Noor Tariq Samira Hamid Mina Duc Hoa Tuan Takeshi
Aiko Ren Hana Seung Hyun Jiwoo Li Na Fang Bo""".split()

LAST_NAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Martin Lee Perez Thompson White Harris Sanchez Clark
Ramirez Lewis Walker Hall Allen Young King Wright Scott Torres Hill Flores Green Adams Nelson Baker
Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy
Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gómez Kelly Howard Ward Cox Díaz Richardson Wood
Watson Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales
Powell Sullivan Russell Ortiz Jenkins Gutiérrez Perry Butler Barnes Fisher Henderson Coleman Simmons
Müller Schröder Weiß Jäger Nowak Dvořák Novák Okafor Eze Nwosu Mwangi Otieno Moyo Sharma Iyer Reddy
Menon Nair Khan Haddad Nasser Saleh Nguyen Le Tanaka Suzuki Sato Kim Lee Wang Zhang Chen Liu Yang
O'Neill O'Connor D'Souza van der Berg de la Cruz""".split()

APPS = ["ClinBook", "ORBIS", "StaffNet", "MedSign", "KioskID", "Pathfinder", "HRConnect", "CoursePad",
        "TimeTrack", "SupplyWeb", "IMAGEX", "ResLab"]

DEPTS = ["Emergency Dept", "Surgery", "Bursar", "Athletics", "Human Resources", "Physics", "Nursing",
         "Housing", "Campus Police", "Dermatology", "Neurology", "Student Affairs", "Grants Office"]
BUILDINGS = ["Maple Hall", "Science Center", "East Tower", "Founders Library", "Clinic B", "Union Building",
             "Research Park 2", "South Pavilion"]
HOST_PARTS = ["kspdb", "exch", "sapprd", "nas", "webap", "vdi", "adc", "bkup", "research", "prnsrv"]
SERVICES = ["IIS Admin", "Spooler", "OracleService", "tomcat", "DNS Client", "sshd"]
JOBS = ["AP_PAYMENT_RUN", "HR_FEED_NIGHTLY", "LAB_RESULTS_IF", "CENSUS_EXTRACT", "BURSAR_BILL", "ENROLL_SYNC"]
PRINTER_MODELS = ["Xerox VersaLink C7020", "Canon iR-ADV 6855", "HP Color LaserJet M751", "Sharp MX-3071",
                  "Konica Minolta bizhub C300i"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["Resolved", "resolved", "Resolved by phone", "CLOSED", "closed", "close", "Duplicate",
                "duplicate", "dupe", "Hang Up", "hang up", "hung up", "Disconnected call", "call dropped",
                "Name", "name", "NA", "na", "?", "...", "No Subject", "see notes", "see description",
                "walk up", "VM", "voice mail", "other", "General", "Phone Call", "call back", "wrong #",
                "{person}", "{person}", "{LAST}, {FIRST}", "{FIRST} {LAST}", "{last}", "Call from {first}",
                "{first} {last} calling"]
TESTS = ["test", "Test", "TEST", "Testing Testing", "test 2", "test ticket", "Test ticket - ignore",
         "testing please disregard", "ignore", "TEST TEST", "this is a test", "Test for {first}", "tets"]
ALERTS = [
    "Disk space on {host} is low",
    "{svc} agent on {host} appears to be down",
    "{job} FAILED. PLEASE NOTIFY ON-CALL {date} {time}",
    "ALERT: {host} CPU utilization above {pct}%",
    "Job {job} abended RC={code} {date} {time}",
    "Backup job {job} failed on {host}",
    "[CRITICAL] {host} - ping timeout",
    "{host}: service {svc} stopped",
    "Free disk space below threshold on {host} C: {pct}%",
    "Memory usage high on {host} ({pct}%)",
    "{host} heartbeat lost {ts}",
    "JOB {job} - ABNORMAL END - {code}",
]
PRINTER_STATUS = [
    "{printer}: Paper jam - sent from {printer}@{domain}",
    "Toner Cartridge Low - {model} ({ip})",
    "Message from printer {printer}: Out of paper tray 2",
    "{model} {printer} status: Service required",
    "Alert from {printer} - Drum unit end of life",
    "{printer} [{ip}] paper handling alert",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-account-request", "update", "Account Request: {person} has completed the Account Request form"),
    ("form-vpn-request", "covered", "VPN Request generated through the Web Request Form Remote User: First Name: "
                                    "{first} Last Name: {last} Dept: {dept}"),
    ("form-onboard", "covered", "NEW PIN, EMAIL, BADGE, PHONE & PAGER - {LAST}, {FIRST}"),
    ("form-help", "form", "WEB HELP REQUESTUser Name: {first} {last}Contact: {phone}"),
    ("form-glued", "form", "Name{first} {last}Unique ID{id7}NetID{netid}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["Password Reset", "password reset", "PASSWORD RESET", "Password reset", "PW reset",
                    "pw reset", "reset password", "password help", "Forgot password", "forgotten password",
                    "Password Reset - {person}", "password reset {person}", "Password Reset for {netid}",
                    "pass word reset", "password rest", "Password Reset/Unlock", "reset pw", "PWD RESET",
                    "Password Reset ({first})", "pasword reset"]
APP_PASSWORD = ["{app} password reset", "{app} Password Reset", "reset {app} password", "{app} PW reset",
                "{APP} PASSWORD RESET", "{app} password", "password reset - {app}", "{app} reset",
                "{app} locked", "locked out of {app}", "{app} account unlock", "{app} login problem"]
LOCKOUT = ["Locked out", "locked out", "Account Locked", "account locked", "LOCKED OUT", "Unlock",
           "unlock account", "locked out of account", "Locked out - {person}", "user locked out {netid}",
           "account is locked", "lockout"]

TOPICS = [
    # covered by the eval KB
    ("printer-not-printing", "covered", 240, ["Printer not printing", "printer issues", "printer problem",
        "Can't print", "not able to print", "printer down", "Printer error", "PRINTER ISSUE", "nothing prints",
        "print queue stuck", "printer in {room} not working", "printing issue"]),
    ("toner", "covered", 60, ["toner", "need toner", "Toner replacement", "printer needs toner", "order toner",
        "toner low"]),
    ("wifi", "covered", 170, ["Wireless", "wireless issue", "no wifi", "wifi not working", "Can't get on wifi",
        "wireless connectivity", "WIFI", "wireless drops", "wifi in {bldg}", "eduroam not connecting"]),
    ("vpn", "covered", 130, ["VPN", "vpn issue", "VPN not working", "cannot connect vpn", "VPN access request",
        "vpn problem", "VPN connection", "vpn disconnects"]),
    ("outlook", "covered", 120, ["Outlook", "outlook issue", "Outlook not working", "outlook wont open",
        "Outlook problem", "OUTLOOK", "outlook crashes", "outlook not responding"]),
    ("mailbox-full", "covered", 55, ["Mailbox full", "mailbox over limit", "email full", "mailbox quota",
        "Mailbox size", "can't send mailbox full"]),
    ("slow-computer", "covered", 140, ["Slow computer", "computer slow", "PC slow", "computer running slow",
        "very slow pc", "laptop running slow", "COMPUTER IS SLOW", "slow performance"]),
    ("monitor", "covered", 75, ["Monitor", "monitor issue", "monitor not working", "second monitor",
        "monitor blank", "display issue", "monitor no signal"]),
    ("mouse-keyboard", "covered", 50, ["mouse", "Keyboard", "mouse not working", "keyboard issue",
        "mouse broken", "new keyboard"]),
    ("software-install", "covered", 150, ["Software installation", "install software", "software request",
        "Need software installed", "Install", "install office", "SPSS install", "Adobe install",
        "software install request", "install Chrome"]),
    ("network-drive", "covered", 100, ["Network drive", "shared drive", "H drive", "S: drive access",
        "mapped drives", "access to shared folder", "shared drive access", "drive access", "P drive missing"]),
    ("spam-phishing", "covered", 60, ["Phishing", "phishing", "spam", "suspicious email", "Spam email",
        "phishing attempt", "Reported phishing email"]),
    ("virus", "covered", 35, ["Virus", "virus", "Malware", "possible virus", "virus warning"]),
    ("phone", "covered", 70, ["Phone", "phone not working", "Telephone", "phone issue", "desk phone",
        "no dial tone on phone"]),
    ("duo-mfa", "covered", 55, ["Duo", "duo not working", "DUO new phone", "duo push", "two factor",
        "duo enrollment"]),
    ("expired-password", "covered", 40, ["Password expired", "expired password", "password expiration",
        "pw expired"]),
    ("mobile-email", "covered", 45, ["email on phone", "iphone email", "Email on Android",
        "phone not getting email", "smartphone email setup"]),
    ("onboarding-account", "covered", 55, ["New account", "new user", "New employee", "new hire account",
        "account creation", "create new account"]),
    ("remote-desktop", "update", 50, ["remote desktop", "RDP not working", "Remote Desktop issue",
        "cannot remote in", "remote desktop connection"]),
    # gaps: the eval KB has nothing on these
    ("pager", "gap", 120, ["pager not working", "Pager", "pager battery", "new pager", "pager issue",
        "pager not receiving pages", "PAGER", "broken pager", "pager replacement"]),
    ("fax", "gap", 90, ["fax", "Fax not working", "fax machine", "can't send fax", "fax not receiving",
        "FAX ISSUE", "fax line", "efax"]),
    ("course-site", "gap", 110, ["course site", "Course site access", "can't see course", "CoursePad course missing",
        "course not showing", "course site request", "students can't access course site", "gradebook issue",
        "course site not available"]),
    ("lecture-av", "gap", 60, ["projector not working in classroom", "classroom projector", "podium computer",
        "lecture hall audio", "classroom AV", "projector in {room}", "classroom technology issue"]),
    ("timeclock", "gap", 45, ["time clock", "time clock not working", "timeclock badge not reading",
        "punch clock", "time clock error", "timeclock down"]),
    ("dictation", "gap", 55, ["dictation", "Dragon dictation", "dictation not working", "Dragon not working",
        "voice recognition", "dictation microphone", "dragon profile"]),
    ("lab-reimage", "gap", 35, ["lab computer reimage", "reimage lab pc", "computer lab image",
        "lab machines need software", "reimage"]),
    ("library-proxy", "gap", 30, ["library database off campus", "library proxy", "e-journal access",
        "can't access journal from home", "library login"]),
]

VAGUE = ["Printer", "Email", "computer", "Outlook", "internet", "phone", "software", "access", "network",
         "help", "issue", "question", "login"]

ONEOFF_OBJECTS = ["scanner", "label printer", "projector screen", "conference phone", "USB stick", "badge clip",
    "tape recorder", "camera", "Word document", "Excel spreadsheet", "database", "PowerPoint", "SharePoint site",
    "Teams meeting", "calendar", "email group", "public folder", "desktop shortcut", "start menu", "wallpaper",
    "printer driver", "regional settings", "clock", "charger", "laptop screen", "microphone", "headphones",
    "CD", "DVD", "whiteboard", "camera mount", "presenter remote", "tablet", "Surface", "iMac", "VM",
    "Python install", "Stata", "Mathematica", "Mendeley", "RefWorks", "dissertation", "banner", "copier",
    "binding machine", "pin code", "office sign", "voicemail box", "call park", "conference line", "signature",
    "auto reply", "mailbox permissions", "resource calendar", "website", "web form", "DNS record",
    "certificate", "port", "IP address", "switch", "battery backup", "network port", "cable", "outlet",
    "move request", "relocation", "desk phone move", "loaner", "tablet case", "monitor arm", "wrist rest",
    "chair", "screen filter", "Java", "Silverlight", "extension", "favorites", "start page", "history",
    "temporary files", "form", "signature pad", "Adobe Sign", "archive", "attachment", "upload",
    "file share link", "key", "repository", "backup", "query", "report", "chart", "Power BI"]
ONEOFF_COMPLAINTS = ["not working", "question", "issue", "missing", "help", "error", "broken", "request",
    "problem", "won't start", "needs updating", "keeps crashing", "wrong", "slow", "won't load",
    "can't find", "how do I", "need access", "gone", "won't save", "setup", "replace", "upgrade",
    "installation", "settings", "disabled", "locked", "incorrect", "duplicate", "not displaying", "hangs"]
ONEOFF_FREE = [
    "please move my extension to room {room}", "how do I insert page numbers",
    "break room TV remote missing", "when is the next maintenance window", "coffee machine display error",
    "need HDMI cable for {room}", "question about data retention policy", "whiteboard marker not working",
    "recycling pickup", "asked about campus map app", "need an extra monitor cable",
    "power cord for the podium", "hallway clock off by an hour", "storage room key request",
    "mount a TV in the lounge", "lobby kiosk asking for update",
]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Verified caller with code {otp} sent by text.",
    "user gave me the coode {otp_spaced} from the app",
    "The verification code I got is {otp}",
    "Set a temporary password of {password} for the user.",
    "New password I tried: {password}",
    "I changed my password to {password} yesterday and now locked",
    "pw was reset to {password}",
    "Thanks,\n{first} {last} ({netid})",
    "{first} {last} ({netid}) on {ws} reports the issue",
    "email me at {email_obf}",
    "personal email {email}",
    "Call me back on {phone_intl}",
    "Mobile: {phone_intl}",
    "Please send the laptop to {address_eu}",
    "{address_us}",
    "Address: {address_us}",
    "courier to {address_eu} please",
    "Caller: {LAST}, {FIRST}",
    "ON BEHALF OF {FIRST} {LAST}",
    "spoke to {first_plain} {last} who confirmed",
    "Hello {first_plain}, thanks for calling.",
    "{first} asked whether {first_plain} could get access too",
    "Employee ID {id7}",
    "UID {id7} locked",
    "username {netid}",
    "credit card {card} on file",
    "Device {ws} with MAC {mac}",
    "client at {ip} cannot reach server",
]

DECOYS = [
    ("version", "Updated to build 16.0.14326.20404 today."),
    ("error_code", "Got error 0x80070643 on install."),
    ("kb_number", "Patch KB5005565 applied."),
    ("ticket_ref", "See INC0211784 for history."),
    ("role_email", "Copy servicedesk@kestrel.example.edu on replies."),
    ("server_name", "Files live on KSU-NAS-04."),
    ("asset_tag", "Asset KSU-PC-011827 is the desktop."),
    ("room", "Projector in room C-110."),
]

PHONES_INTL = ["+44 20 7946 0718", "020 7946 0992", "+1 (217) 555-0199", "217-555-0143", "(312) 555-0102",
               "+49 30 901820 77", "+353 87 555 0163", "+91 98450 12345", "+1 416 555 0190",
               "+33 6 12 34 56 78", "+61 4 1234 5678", "+65 6123 4567", "+27 82 555 0123", "+55 11 91234-5678",
               "+86 10 6552 9988", "+7 495 123-45-67"]
ADDRESSES_EU = ["Flat 2, 41 Canal Street, Manchester M1 3HE", "Hauptstraße 17, 69117 Heidelberg",
                "Rua Augusta 128, 1100-053 Lisboa", "Keizersgracht 452, 1016 GD Amsterdam",
                "ul. Floriańska 15, 31-019 Kraków", "Avenue Louise 54, 1050 Bruxelles",
                "Nørrebrogade 30, 2200 København N", "Via Roma 10, 20121 Milano"]
ADDRESSES_US = ["1600 Oak Ridge Rd, Springfield, IL 62704", "77 Lakeview Ave Apt 12, Madison, WI 53703",
                "350 W 42nd St, Suite 8, New York, NY 10036", "2201 Pine St, Boulder, CO 80302"]
