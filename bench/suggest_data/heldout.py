"""HELD-OUT phrasing bank for the messy-export benchmark (written before any tuning; never tuned on).

A fictional university with a teaching hospital ("Ardmore"). Everything here is invented for
kbgen: names, apps, hosts, numbers. The engine (``make.py``) turns a bank into a ServiceNow-style
short-description export plus ground truth. The *tune* bank (``tune.py``) describes another
organisation with other words, apps, templates and gap topics; only that one is used while
developing. Figures on this bank are reported as held-out figures.

Template slots: {app} in-house app, {person} a full name in some written form, {first} {last}
{FIRST} {LAST}, {netid}, {id7} 7-digit id, {phone}, {ext}, {email}, {room}, {bldg}, {dept},
{host} server name, {ws} workstation name, {ip}, {printer} printer name, {model} printer model,
{date} {time} {ts} timestamps, {num} small number, {pct} percentage, {job} batch job name,
{code} return code, {svc} service name.
"""

ORG = "Ardmore University Health"
DOMAIN = "ardmore.example.edu"
START = "2017-10-02"
DAYS = 33
OUTLIER_DATES = ("2019-06-14 10:02:11", "2021-01-08 16:40:55")
TOTAL = 10_000

FIRST_NAMES = """Aoife Siobhán Bríd Caoimhe Niamh Ciarán Eoghan Pádraig Róisín Tadhg Zoë Chloé Renée Hélène Agnès
Benoît Jérôme Anaïs Søren Bjørn Åsa Märta Jürgen Björn Lukáš Łukasz Małgorzata Grzegorz Zofia Wojciech
Dorota Ngozi Chiamaka Oluwaseun Adebayo Kwabena Efua Thandiwe Sipho Lindiwe Mthunzi Nomvula Amara
Kofi Yaw Abena Rashida Tamika Latoya Deshawn Marquis Shanice Keisha Darnell Jamal Tyrone Brianna
Kayleigh Madison Brittany Courtney Tanner Colton Hunter Bryce Cody Dustin Travis Wade Clint Rhett
Priyanka Ananya Lakshmi Venkatesh Suresh Rajesh Deepika Harpreet Gurpreet Manpreet Navdeep Farhan
Imran Ayesha Zainab Bilal Omar Yusuf Khadija Leila Reza Dariush Mehdi Shirin Parisa Nguyen Thanh
Huong Minh Linh Quang Trang Hiroshi Keiko Haruto Yuki Sakura Jae-won Min-jun Seo-yeon Ji-ho Wei
Xiaoming Lihua Jun Mei Tomasz Mateusz Ignacio Rodrigo Ximena Guadalupe Alejandro Inés Begoña Íñigo
Joaquín Mónica Raúl Sebastián Valentina Gianluca Federica Alessio Chiara Lorenzo Sergei Anastasia
Dmitri Olga Yekaterina Bogdan Mircea Ioana Dragoș Zsófia Bence Ágnes Kristóf Eleni Giorgos Dimitra
Marguerite Winifred Clementine Barnaby Ptolemy Horatio Ottoline Wilhelmina Percival Rosalind""".split()

LAST_NAMES = """Ó Briain MacCárthaigh Ní Bhriain Fitzgerald Cassidy Donnelly Gallagher Hennessy McLaughlin
Quigley Brennan Ferriter Lachance Beaulieu Dufresne Thériault Gagné Pelletier Lindqvist Sjöberg Håkansson
Nørgaard Kjær Østergaard Brzęczyszczykiewicz Wiśniewska Kowalczyk Zieliński Szymańska Woźniak Okonkwo
Adeyemi Babatunde Mensah Asante Boateng Nkosi Dlamini Mahlangu Ndlovu Washington Jefferson Robinson
Jackson Coleman Banks Whitaker Holloway Pruitt Stroud Tidwell Crenshaw Hatcher Blevins Pennington
Ramaswamy Subramanian Venkataraman Krishnamurthy Chakraborty Bhattacharya Sandhu Grewal Dhillon
Siddiqui Qureshi Rahman Chaudhry Tehrani Farahani Moradi Hosseini Tran Pham Huynh Vo Dang Takahashi
Nakamura Kobayashi Watanabe Yamamoto Park Choi Jung Kang Liang Zhou Xu Gao Lozano Echeverría Ibáñez
Muñoz Villalobos Bustamante Guerrero Santangelo Bellucci Ferraro Mancini Volkov Smirnova Kuznetsov
Popescu Ionescu Constantinescu Nagy Kovács Szabó Papadopoulos Georgiou Konstantinidis Featherstonehaugh
Montmorency Cholmondeley Throckmorton Postlethwaite Wolstenholme""".split()

APPS = ["CareTrail", "RxLedger", "ScheduLink", "GradeBridge", "PayDesk", "TimeGrid", "LabPort", "DocuVault",
        "BedBoard", "CHARTVIEW", "PurchasePoint", "AlumniHub"]

DEPTS = ["Radiology", "Oncology", "Facilities", "Registrar", "Pharmacy", "Anesthesia", "Admissions",
         "Pediatrics", "Cardiology", "Financial Aid", "Payroll", "Chemistry", "Library", "Dining Services"]
BUILDINGS = ["Harlow Hall", "North Tower", "Kessler Pavilion", "Birch Annex", "Medical Arts Bldg",
             "Ridgeway Center", "Orchard Clinic", "West Wing"]
HOST_PARTS = ["ardsql", "mailrelay", "ehrapp", "fileshr", "webprd", "citrixgw", "dc", "backup", "labsrv",
              "printsrv"]
SERVICES = ["W3SVC", "Print Spooler", "MSSQLSERVER", "httpd", "Netlogon", "ntpd"]
JOBS = ["PAYRL_NIGHTLY", "GL_CLOSE_DLY", "RXSYNC_01", "BEDCENSUS_HR", "ADT_EXTRACT", "GRADES_PUSH"]
PRINTER_MODELS = ["Lexmark MS823", "Ricoh IM C4500", "Kyocera TASKalfa 3253ci", "HP LaserJet M607",
                  "Brother HL-L6400DW"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["Resolved", "resolved", "RESOLVED", "Resolved.", "closed", "Closed", "Closed - duplicate",
                "Dup", "duplicate", "Duplicate ticket", "hang up", "hangup", "Caller hung up", "Dropped Call",
                "dropped call", "name", "Name", "NAME", "n/a", "N/A", "-", ".", "no subject", "(no subject)",
                "see below", "Walk in", "walk-in", "Voicemail", "left message", "Misc", "general inquiry",
                "Call", "phone call", "Wrong number", "{person}", "{person}", "{LAST}, {FIRST}", "{first}",
                "Call from {person}", "{person} called"]
TESTS = ["test", "Test", "TEST", "Testing Testing", "testing 123", "test ticket please ignore", "please ignore",
         "Test - do not work", "test ticket", "testing", "ignore this", "Test from {first}", "tst"]
ALERTS = [
    "Low free space: volume D: on {host} at {pct}%",
    "{host} - monitoring agent heartbeat missed since {ts}",
    "PROBLEM: {svc} on {host} is CRITICAL",
    "RECOVERY: {svc} on {host} is OK",
    "Batch {job} ended abnormally - RC {code} - {date} {time}",
    "NIGHTLY {job} DID NOT COMPLETE. CONTACT OPERATIONS {time}",
    "Backup of {host} failed ({code})",
    "Disk space alert {host} /var {pct}% used",
    "[WARN] {host} CPU {pct}% for 15 min",
    "Service {svc} stopped on {host} at {ts}",
    "Scheduled task {job} on {host} returned {code}",
    "{host}.ardmore.example.edu unreachable - ping timeout {time}",
]
PRINTER_STATUS = [
    "{model} at {ip}: Tray 3 Empty",
    "Supply alert from {printer}: Black toner very low",
    "Device status {printer} - Door open",
    "{printer} ({ip}) reports: Paper jam in output bin",
    "Maintenance kit due - {model} {printer}",
    "Message from {printer}@{domain}: Waste toner container nearly full",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-network-access", "update", "Access Request: {person} has submitted the Network Access form"),
    ("form-remote-access", "covered", "Remote Access Request from the Online Portal - Remote User: First Name: {first} "
                                      "Last Name: {last} Department: {dept}"),
    ("form-new-hire", "covered", "NEW HIRE - BADGE, EMAIL, PAGER & VOICEMAIL - {LAST}, {FIRST}"),
    ("form-help-request", "form", "HELP REQUESTUser Name: {first} {last}Phone: {phone}Location: {bldg}"),
    ("form-glued-profile", "form", "Name{first} {last}Employee ID{id7}Login{netid}Department{dept}"),
]

# ----------------------------------------------------------------------------- real problems
# kb: covered (an article of shared/eval/kb answers it), update (an article answers it but lacks
# the names people use), gap (nothing in the KB answers it).

PASSWORD_GENERIC = ["Password Reset", "password reset", "PASSWORD RESET", "Password reset", "pw reset",
                    "PW Reset", "pwd reset", "reset password", "Reset Password", "forgot password",
                    "Forgot my password", "password reset request", "Password Reset - {person}",
                    "password reset for {person}", "Password Reset {netid}", "needs password reset",
                    "Password reset - called in", "passwrod reset", "pasword reset", "Pasword Reset"]
APP_PASSWORD = ["{app} password reset", "{app} Password Reset", "reset {app} password", "{app} pw reset",
                "{APP} PASSWORD RESET", "{app} password", "password reset {app}", "{app} - reset password",
                "{app} locked out", "locked out of {app}", "{app} account locked", "{app} login reset"]
LOCKOUT = ["Locked out", "locked out", "Account locked", "account locked out", "LOCKED OUT", "Unlock account",
           "unlock account {netid}", "user locked out", "Locked Out - {person}", "account lockout",
           "locked out of computer", "Lockout"]

TOPICS = [
    # covered by the eval KB
    ("printer-not-printing", "covered", 260, ["printer not printing", "Printer not working", "printer issue",
        "cannot print", "can't print to {printer}", "Printing problem", "printer offline", "print jobs stuck in queue",
        "PRINTER NOT PRINTING", "Unable to print", "printer wont print", "printer not responding rm {room}"]),
    ("paper-jam", "covered", 70, ["paper jam", "Paper Jam in printer", "printer jammed", "jam in tray 2",
        "paper stuck in printer", "Printer keeps jamming", "paper jam {bldg}"]),
    ("wifi", "covered", 180, ["wireless not working", "can't connect to wireless", "Wireless connection",
        "wifi issue", "WiFi keeps dropping", "no wireless in {bldg}", "Wireless", "laptop won't connect to wifi",
        "wi-fi slow", "wireless access"]),
    ("vpn", "covered", 120, ["VPN", "vpn not connecting", "VPN issue", "Can't connect to VPN", "vpn access",
        "VPN connection drops", "remote access vpn", "vpn error", "VPN won't connect from home"]),
    ("outlook-wont-open", "covered", 110, ["Outlook not opening", "outlook wont open", "Outlook crashing",
        "Outlook keeps crashing", "outlook freezes", "OUTLOOK NOT OPENING", "outlook hangs on loading profile"]),
    ("mailbox-full", "covered", 60, ["mailbox full", "Mailbox is full", "email quota exceeded", "mailbox size limit",
        "inbox full cannot send", "Mailbox over size limit"]),
    ("computer-slow", "covered", 150, ["computer slow", "Computer running slow", "PC very slow", "slow computer",
        "laptop slow", "computer is slow rm {room}", "COMPUTER SLOW", "desktop running slowly"]),
    ("monitor", "covered", 80, ["monitor not working", "Monitor black", "second monitor not detected",
        "dual monitors", "monitor flickering", "no display on monitor", "docking station monitor"]),
    ("keyboard-mouse", "covered", 45, ["mouse not working", "Keyboard not working", "wireless mouse",
        "keyboard keys sticking", "mouse and keyboard", "need new mouse"]),
    ("install-software", "covered", 140, ["install software", "Software install", "need software installed",
        "Install Adobe", "request to install SPSS", "software installation request", "install program",
        "Please install Visio", "need admin rights to install"]),
    ("shared-drive", "covered", 110, ["shared drive access", "access to shared drive", "S drive access",
        "mapped drive missing", "Network drive", "can't access H drive", "need access to department share",
        "drive mapping", "lost mapped drives"]),
    ("phishing", "covered", 55, ["phishing email", "Suspicious email", "spam email", "possible phishing",
        "reported phishing", "clicked link in email", "scam email received"]),
    ("virus", "covered", 40, ["virus", "Virus on computer", "malware", "virus alert popup", "computer infected"]),
    ("desk-phone", "covered", 65, ["phone not working", "desk phone no dial tone", "Phone dead", "Telephone issue",
        "phone issue", "no dial tone"]),
    ("mfa", "covered", 50, ["new phone duo", "authenticator new phone", "two factor not working", "MFA issue",
        "2 step verification", "not getting push notification"]),
    ("password-expired", "covered", 45, ["password expired", "Password Expired", "expired password",
        "password expiring", "pw expired"]),
    ("onedrive", "covered", 40, ["OneDrive not syncing", "onedrive sync issue", "OneDrive", "onedrive error"]),
    ("email-setup-phone", "covered", 45, ["email on phone", "set up email on iphone", "email on android",
        "phone email not syncing", "iPhone email"]),
    ("new-account", "covered", 60, ["new account", "New user account", "new employee account",
        "account setup", "need new account", "create account for new employee"]),
    ("citrix", "update", 55, ["citrix", "Citrix not working", "citrix receiver", "Can't log in to Citrix",
        "citrix error", "CITRIX"]),
    # gaps: the eval KB has nothing on these
    ("barcode-scanner", "gap", 95, ["barcode scanner not scanning", "Scanner gun not reading barcodes",
        "barcode reader not working", "handheld scanner wont scan", "barcode scanner", "wristband scanner not reading",
        "barcode gun beeps but nothing happens", "cannot scan barcodes"]),
    ("digital-signage", "gap", 45, ["digital sign not updating", "lobby display screen blank",
        "signage screen frozen", "digital signage", "hallway TV display not showing slides",
        "wayfinding screen off"]),
    ("wow-battery", "gap", 70, ["WOW battery not charging", "workstation on wheels battery dead",
        "cart battery", "computer cart battery low", "COW battery issue", "mobile cart will not hold charge",
        "wow cart battery beeping"]),
    ("room-booking", "gap", 60, ["room booking system", "can't book conference room", "room reservation not showing",
        "room scheduler error", "booking a meeting room fails", "room booking double booked",
        "conference room reservation system"]),
    ("survey-tool", "gap", 40, ["survey tool account", "need survey account", "survey link not working",
        "online survey access", "survey platform login", "export survey results"]),
    ("compute-cluster", "gap", 50, ["cluster job stuck in queue", "HPC account request", "research cluster login",
        "jobs pending on compute cluster", "scratch space on cluster", "hpc job failed out of memory"]),
    ("patient-tv", "gap", 75, ["patient TV not working", "TV in patient room no signal", "patient room television",
        "pillow speaker TV", "tv remote in room {room}", "patient tv no channels"]),
    ("nurse-call", "gap", 130, ["nurse call not working", "Nurse call light", "call light not alarming",
        "nurse call system down", "call button not working", "NURSE CALL", "nurse call pendant",
        "call bell not ringing at station"]),
]

VAGUE = ["Printer", "Email", "Computer", "Outlook", "Internet", "Phone", "Software", "Access", "Network", "Help",
         "Issue", "Question", "Account"]

ONEOFF_OBJECTS = ["label maker", "fax cover sheet", "projector bulb", "conference speakerphone", "USB hub",
    "badge lanyard", "dictaphone", "scanner driver", "webcam", "Visio diagram", "Excel macro", "Access database",
    "PowerPoint template", "SharePoint list", "Teams channel", "calendar invite", "distribution list",
    "shared calendar", "recycle bin", "desktop icon", "taskbar", "screen saver", "font", "time zone setting",
    "date format", "power supply", "laptop hinge", "headset mic", "speakers", "CD drive", "DVD player",
    "smart board", "document camera", "clicker", "iPad", "Chromebook", "Mac mini", "Linux VM", "R package",
    "SAS license", "MATLAB toolbox", "Zotero", "EndNote library", "journal article", "thesis template",
    "poster printing", "plotter", "laminator", "copier code", "door sign", "name plate", "voicemail greeting",
    "call forwarding", "conference bridge", "pager number", "email signature", "out of office", "delegate access",
    "room calendar", "web page edit", "CMS login", "domain name", "SSL warning", "firewall port", "static IP",
    "server rack", "UPS battery", "network jack", "patch cable", "ethernet port", "power strip", "cubicle move",
    "office move", "desk move", "new hire laptop", "loaner laptop", "tablet stand", "keyboard tray",
    "ergonomic mouse", "footrest", "privacy screen", "Java update", "Flash player", "browser plugin",
    "pop-up blocker", "bookmark", "home page", "cookies", "cache", "PDF form", "fillable form", "e-signature",
    "DocuSign envelope", "zip file", "large attachment", "file transfer", "FTP", "SFTP key", "SSH key",
    "git repository", "database backup", "SQL query", "report layout", "dashboard", "Tableau workbook"]
ONEOFF_COMPLAINTS = ["not working", "question", "broken", "missing", "help needed", "error", "stopped working",
    "request", "issue", "won't load", "needs update", "keeps resetting", "shows wrong info", "is slow",
    "won't open", "cannot find", "how to", "access needed", "disappeared", "not saving", "problem",
    "setup", "replacement", "upgrade", "install", "configuration", "greyed out", "locked", "wrong",
    "duplicated", "not showing", "freezes"]
ONEOFF_FREE = [
    "Can someone move my phone extension to the new office", "Need help formatting a table in Word",
    "TV in break room needs input changed", "Where do I find the holiday schedule",
    "Microwave in lounge trips breaker", "need cable for projector in {room}",
    "question about records retention", "Smart board pen not calibrated",
    "Shred bin full", "asked about parking permit portal", "Can I get a second keyboard",
    "Need a power adapter for conference room", "elevator screen frozen", "building alarm code",
    "key card for storage closet", "Request wall mount for TV", "clock on wall is wrong",
]

# ----------------------------------------------------------------------------- personal data probes
# Free text of the description-bearing PII export: (kind of each slot) is given by the slot name.
# Each probe is one sentence or short paragraph; the engine surrounds it with ordinary text.

PII_PROBES = [
    "Agent note: caller verified with the SMS verification code {otp} before we changed anything.",
    "User read me the one time passcode {otp_spaced} from the text message.",
    "she says the veryfication cod is {otp} but it expired",
    "Temporary password has been set to {password} - user must change at next logon.",
    "I already tried {password} and the old one, neither works",
    "please change it to {password} so I can remember it",
    "Reset done, temp pwd {password}, advised to change.",
    "Regards,\n{first} {last} ({netid})\nTechnician, {dept}",
    "{first} {last} ({netid}) called from {ws}",
    "Contact me at {email_obf} or on my cell.",
    "my other address is {email} if the work one bounces",
    "Reach me on {phone_intl} after 4pm.",
    "Home: {phone_intl}",
    "Ship the replacement to {address_eu}",
    "{address_us}",
    "Home address: {address_eu}",
    "Please post the token to {address_us}.",
    "Pt. contact {LAST}, {FIRST} DOB on file",
    "REQUESTED BY {FIRST} {LAST} EXT {ext}",
    "per {first_plain} {last} the account should be kept",
    "Hi {first_plain}, your ticket is resolved.",
    "Spoke with {first} regarding the laptop; {first_plain} will bring it by.",
    "Employee #{id7} needs access",
    "Student ID {id7} cannot log in",
    "NetID: {netid}",
    "card ending {card} was charged twice for the license",
    "Laptop {ws} MAC {mac}",
    "IP {ip} is hitting the proxy",
]

# Look-alikes that are not personal data and must stay.
DECOYS = [
    ("version", "Client updated to 10.4.2.1187 this morning."),
    ("error_code", "Error 0x8007045D when copying."),
    ("kb_number", "See KB4571756 for the patch."),
    ("ticket_ref", "Related to INC0398112."),
    ("role_email", "Forward to helpdesk@ardmore.example.edu please."),
    ("server_name", "Share is on ARD-FS-07."),
    ("asset_tag", "Asset tag AUH-0042871 on the base."),
    ("room", "Room B-214 projector."),
]

PHONES_INTL = ["+353 1 896 4107", "+33 1 44 27 13 62", "+49 89 2180 3344", "+48 22 621 04 18",
               "+31 20 525 2323", "+34 915 47 22 01", "+39 06 4991 2345", "+46 8 790 60 00",
               "+1 (614) 292-5533", "614-292-7771", "+61 2 9351 2222", "+81 3-5841-1234",
               "+27 21 650 9111", "+234 803 555 0174", "+91 80 2293 2004", "+52 55 5622 1332"]
ADDRESSES_EU = ["ul. Długa 44/50 m. 7, 00-238 Warszawa", "Rue de la Roquette 112, 75011 Paris",
                "Kastanienallee 12, 80539 München", "Calle de Toledo 63, 28005 Madrid",
                "Via dei Serpenti 88, 00184 Roma", "Prinsengracht 263, 1016 GV Amsterdam",
                "12 Leeson Park, Ranelagh, Dublin 6, D06 X9T2", "Sveavägen 44, 111 34 Stockholm"]
ADDRESSES_US = ["4410 Brookhaven Dr, Columbus, OH 43220", "88 Elm Street Apt 3C, Somerville, MA 02144",
                "1207 W Main St, Unit 5, Urbana, IL 61801", "PO Box 1147, Athens, GA 30603"]
