"""SECOND TUNE phrasing bank: used while developing the second round, like ``tune.py``.

A fictional retailer with stores and distribution centres ("Larkspur Retail & Logistics"):
store tills, payment terminals, stock-count handhelds and CCTV, ALL-CAPS user ids, other
alert and mail shapes (auto-generated reports, sensor alarms, MAC and serial numbers in
brackets, "this is an automatically generated email"), names of other languages, topics whose
words the evaluation KB uses in another sense, synonyms across tickets, and a description-bearing
export with a group-mail topic and a web-filter topic among its gaps. Written after the second
held-out bank (``heldout2.py``) and independently of it: other words, systems, shapes and values.
"""

ORG = "Larkspur Retail & Logistics"
DOMAIN = "larkspur.example.co.uk"
START = "2023-09-04"
DAYS = 28
OUTLIER_DATES = ("2026-01-19 10:10:10", "2022-02-01 06:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Aarav Ishaan Meera Saanvi Kabir Devika Rhys Cerys Iolo Seren Gethin Mairead Fergal Oisín
Sorcha Cillian Kasia Piotr Tomasz Magdalena Jakub Natalia Marisol Iker Ainhoa Nerea Unai Izaskun Lerato
Thabo Sizwe Nomsa Bongani Zanele Ligaya Jericho Maricel Rizal Dalisay Bayani Hamza Yasmin Idris Safiya
Anwar Rania Klaus Dörte Henrike Lutz Wiebke Malte Sven Annika Lars Ingrid Torbjørn Siri Eamon Niall
Hazel Olive Ivy Basil Rowena Bernard Meadow River""".split()

LAST_NAMES = """Pillai Banerjee Deshpande Kulkarni Chatterjee Rhys-Jones Pritchard Llewellyn Vaughan Prosser
Gwilliam Ó Súilleabháin MacNamara Kavanagh Ní Dhomhnaill Nowakowski Kaczmarek Lewandowska Zielińska
Goicoechea Etxeberria Urrutia Aguirre Mokoena Dlamini-Khumalo Sithole Nkosi Mabaso Dela Cruz
Bautista Macaraeg Villanueva Saleem Bukhari Rashid Qadri Brandt Vogelsang Schäfer Hoffmann Lindström
Bergqvist Halvorsen Fjeld Nygård Gallagher Furlong Hartley Baxter Fairweather Brook Lamb Fox Church
Sparrow""".split()

APPS = ["TillPoint", "StockPilot", "RotaWise", "PriceLab", "LoyalCard", "FleetView", "DockSlot", "ShrinkTrack",
        "VendorHub", "PAYMAX", "ReturnsRX", "ClickCollect"]

DEPTS = ["Merchandising", "Store Ops", "Inbound", "Transport", "Loss Prevention", "Buying", "Ecommerce",
         "Payroll", "Customer Care", "Food Hall", "Menswear", "Click and Collect", "Finance", "Property"]
BUILDINGS = ["DC North", "Head Office", "Store 214", "Store 88", "Returns Centre", "Yard Office", "Mezzanine",
             "Goods In"]
PLANTS = ["Swindon", "Leipzig", "Zaragoza", "Poznań", "Pune", "Cebu", "Durban", "Belfast"]
PLANT_CODES = ["SWN", "LEJ", "ZAZ", "POZ", "PNQ", "CEB"]
ID_PREFIXES = ["LR", "E", "LR-"]
SENDERS = ["autonotify", "no.reply", "reports", "bms", "watchdog", "system"]
HOST_PARTS = ["lrsql", "pos-gw", "wms-db", "edi-gw", "dc-fs", "str-rtr", "lr-dc", "vm-app", "cctv-nvr", "bkp-srv"]
SERVICES = ["Tomcat9", "MSDTC", "rabbitmq", "Veeam Agent", "CUPS", "redis"]
JOBS = ["STOCK_RECON_DAILY", "PRICE_PUSH_0300", "SALES_EOD", "REPLEN_CALC", "HR_ABSENCE_FEED", "GL_POST"]
PRINTER_MODELS = ["Kyocera ECOSYS M3655idn", "Brother MFC-L8900CDW", "HP PageWide 556", "Lexmark CX725",
                  "Sharp BP-50C45"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["Resolved - see notes", "RESOLVED", "resolved", "Closed", "closed", "no fault found",
                "Caller hung up", "silent call", "call cut off", "Dupe", "duplicate", "Duplicate call",
                "N/A", "...", "(none)", "no description", "Walk in", "walk-in", "Chat", "chat session",
                "{person}", "{person}", "{LAST}, {first}", "{FIRST}", "Phone call from {first}", "{person} rang",
                "general query", "query", "callback", "msg left", "see email"]
TESTS = ["test pls ignore", "testing - ignore", "TEST TICKET", "this is only a test", "test of new template",
         "tesst", "Test", "test", "TESTING", "test call", "please disregard - test", "test from {first}",
         "dummy ticket"]
ALERTS = [
    "This is an automatically generated email - {host} backup completed with warnings",
    "Auto-notification: {svc} restarted on {host}",
    "Temperature sensor {serial} above limit ({pct}%)",
    "Door contact {serial} open for 30 min at {bldg}",
    "[Auto] Patch compliance report {date}",
    "Router {host} ({ip}) unreachable since {time}",
    "Daily report {job} - {num} errors",
    "Switch port down: {mac} on {host}",
    "Heartbeat missing from till {serial}",
    "{sender}: queue depth high on {host}",
    "Certificate expiry notice for {host} - do not reply to this email",
    "NVR {host} recording stopped {ts}",
]
PRINTER_STATUS = [
    "Toner empty - {model}",
    "Printer status: cover open ({ip})",
    "{model} SN {serial} - maintenance required",
    "Low paper in {printer}",
    "Scanned document from {model}",
    "Consumables alert [{ip}] - replace drum",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-starter", "covered", "Starter form received - {person} - Store {num}"),
    ("form-leaver", "covered", "LEAVER NOTIFICATION :: {LAST}, {FIRST} :: last day {date}"),
    ("form-kit", "covered", "Equipment request from {person} - mobile phone"),
    ("form-contact", "form", "CONTACT FORM Name: {first} {last} Mobile: {phone} Store: {bldg}"),
    ("form-glued", "form", "Employee{first} {last}Staff Number{id7}Network Login{USERID}Site{plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["password reset please", "reset password", "Password Reset", "password reset", "PW RESET",
                    "forgot pw", "I forgot my password", "Password reset for {USERID}", "password reset - {person}",
                    "reset my pw", "password unlock and reset", "need a new password", "cant remember password",
                    "Password Resett", "passowrd reset", "password reset request - {first}",
                    "Windows password reset", "network password reset", "PASSWORD", "password issue"]
APP_PASSWORD = ["{app} password reset", "{app} login not working", "reset {app} pw", "{APP} PASSWORD",
                "{app} - can't log in, password", "{app} account unlock", "{app} locked me out",
                "forgot {app} password", "{app} password not accepted", "{app} sign in problem",
                "{app} reset password please", "password for {app}"]
LOCKOUT = ["Account locked", "locked out of laptop", "account locked out - {person}", "ACCOUNT LOCKED",
           "user {USERID} locked out", "locked out", "unlock account", "keeps locking", "Lock out",
           "locked out of windows", "account lock out", "my account is locked"]

TOPICS = [
    # covered by the evaluation KB
    ("printer", "covered", 220, ["printer not working", "can't print", "Printer offline", "print queue jammed",
        "printing problems", "PRINTER NOT PRINTING", "printer error", "printer at {bldg} not printing",
        "nothing printing", "documents not printing"]),
    ("paper-jam", "covered", 55, ["paper jam", "printer jammed up", "Paper stuck", "jam in drawer 2",
        "paper jam message"]),
    ("wifi", "covered", 190, ["wifi not working", "WiFi dropping out", "Wireless network down",
        "no wireless signal", "wi-fi keeps disconnecting", "can't connect to wifi", "WIFI ISSUES",
        "WLAN problems", "poor wifi in {bldg}", "wireless slow"]),
    ("vpn", "covered", 110, ["VPN not working", "can't connect to VPN", "VPN disconnecting", "vpn error",
        "remote access vpn issue", "VPN slow", "GlobalProtect not connecting"]),
    ("outlook", "covered", 100, ["Outlook not working", "outlook crashing", "Outlook won't load",
        "outlook freezes", "OUTLOOK CRASHED", "Outlook not opening"]),
    ("mailbox-full", "covered", 50, ["mailbox full", "Mailbox full - cannot send", "inbox full",
        "mailbox size warning", "email quota"]),
    ("slow-laptop", "covered", 130, ["laptop slow", "slow laptop", "PC running slow", "computer very slow",
        "Laptop slow to start", "SLOW PC", "laptop keeps freezing"]),
    ("screens", "covered", 80, ["second screen not working", "monitor no signal", "screen not detected",
        "docking station screens", "monitor flickers", "external monitor issue"]),
    ("keyboard-mouse", "covered", 40, ["mouse broken", "keyboard not working", "new mouse needed",
        "keyboard missing keys", "mouse not moving"]),
    ("software", "covered", 120, ["install software please", "software install", "need Visio",
        "install Power BI desktop", "software request", "please install Zoom", "install program on laptop"]),
    ("shared-drive", "covered", 100, ["shared drive missing", "access to shared drive", "S drive",
        "mapped drive gone", "no access to team folder", "network drive access"]),
    ("phishing", "covered", 50, ["phishing email", "suspicious email", "Spam", "scam email",
        "reporting phishing", "dodgy email"]),
    ("virus", "covered", 30, ["virus", "virus alert", "malware", "antivirus warning"]),
    ("desk-phone", "covered", 55, ["phone not working", "desk phone", "no dial tone", "phone dead",
        "phone issue"]),
    ("mfa", "covered", 50, ["MFA new phone", "authenticator app", "MFA not working", "2FA issue",
        "verification code not received"]),
    ("password-expired", "covered", 40, ["password expired", "Password expired", "expired password",
        "password has expired"]),
    ("onedrive", "covered", 40, ["OneDrive not syncing", "OneDrive issue", "onedrive sync",
        "OneDrive error"]),
    ("mobile-email", "covered", 40, ["email on phone", "emails not on my phone", "set up email on mobile",
        "phone email"]),
    ("new-starter", "covered", 55, ["new starter", "New starter setup", "new starter laptop", "starter IT kit",
        "new joiner"]),
    ("teams-audio", "covered", 55, ["teams audio", "Teams mic not working", "can't hear in teams",
        "headset teams", "Teams sound issue"]),
    # gaps: the evaluation KB has nothing on these
    ("till", "gap", 130, ["till frozen", "Till not working", "POS till crashed", "till screen frozen",
        "till won't boot", "TILL DOWN", "till keeps restarting", "till {num} not working"]),
    ("pin-pad", "gap", 90, ["card machine not working", "PIN pad offline", "chip and pin not connecting",
        "card terminal declined all cards", "pin pad error", "card reader at till {num}"]),
    ("cctv", "gap", 70, ["CCTV not recording", "cctv camera offline", "CCTV down", "camera in store not working",
        "cctv footage request", "CCTV playback not working"]),
    ("group-email", "gap", 75, ["add to email group", "group email membership", "mailing list update",
        "new email group", "remove from group email", "email group for store managers"]),
    ("web-block", "gap", 70, ["site blocked", "website blocked at work", "blocked website", "unblock website",
        "web filter blocking", "site blocked by firewall"]),
    ("stock-handheld", "gap", 85, ["handheld not working", "stock counter device broken", "PDT not syncing",
        "handheld won't charge", "stock count gun", "HANDHELD FROZEN"]),
    ("shelf-labels", "gap", 45, ["shelf edge labels not printing", "SEL printer", "shelf labels wrong price",
        "shelf edge label printer"]),
    ("self-checkout", "gap", 50, ["self checkout not working", "SCO frozen", "self checkout unexpected item",
        "self-checkout down", "self checkout tills"]),
]

VAGUE = ["printer", "email", "laptop", "Outlook", "internet", "phone", "till", "access", "network", "help",
         "issue", "query", "Login"]

ONEOFF_OBJECTS = ["tannoy", "music system", "radio", "price gun", "hand scanner cable", "label roll",
    "receipt roll", "key safe", "alarm code", "fire panel", "lift", "forklift charger", "roller shutter", "bale",
    "baler", "compactor", "freezer display", "chiller", "oven", "coffee machine", "vending machine", "fridge",
    "dishwasher", "kettle", "toaster", "microwave", "Word template", "Excel formula", "slide deck", "mail merge",
    "Teams channel", "SharePoint folder", "OneNote", "Planner", "Bookings page", "Forms quiz", "Power App",
    "Lists tracker", "Stream video", "Yammer post", "intranet page", "staff discount", "payslip", "rota",
    "holiday form", "sick note", "expense claim", "mileage", "fuel card", "van tracker", "dashcam", "sat nav",
    "tachograph", "delivery note", "POD scan", "pallet label", "ASN", "purchase order", "invoice", "credit note",
    "return label", "courier", "customer complaint", "gift card", "voucher", "loyalty points", "refund",
    "price check", "planogram", "promotion", "window display", "digital screen", "queue system", "door counter",
    "footfall report", "KPI report", "sales report", "stock report", "dashboard", "BI report", "SQL query",
    "API key", "webhook", "DNS", "domain", "SSL", "email signature", "out of office", "calendar", "room booking",
    "desk booking", "parking", "visitor pass", "badge", "locker", "uniform", "hi-vis", "ladder", "stepstool"]
ONEOFF_COMPLAINTS = ["not working", "broken", "query", "missing", "help", "error", "stopped", "request",
    "issue", "won't load", "out of date", "resets", "wrong figures", "slow", "won't open", "can't find",
    "how to", "access", "vanished", "not saving", "problem", "setup", "replace", "upgrade", "install",
    "settings", "greyed out", "locked", "wrong", "duplicated", "not showing", "freezing"]
ONEOFF_FREE = [
    "can we get the tannoy louder in the warehouse", "need a longer cable for the back office PC",
    "who do I ask about the staff discount app", "vending machine card reader keeps beeping",
    "question about how long we keep CCTV", "need a spare charger for the van tablet",
    "move the phone to the other desk", "window display screen showing wrong promo",
    "who signs off software purchases", "order more receipt rolls",
    "screen in canteen upside down", "can I get a headset for the call centre",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.05, "RE: "), (0.07, "FW: "), (0.11, "Store {num} - "), (0.14, "{person}: "),
                  (0.16, "{USERID}: "), (0.17, "{LAST}, {FIRST}: ")]
NOISE_SUFFIXES = [(0.06, " - {person}"), (0.08, " - {USERID}"), (0.10, " [{USERID}]"),
                  (0.12, " ring {phone_nat}"), (0.15, " ({plant})"), (0.18, " store {num}"),
                  (0.20, " at {bldg}"), (0.22, " - P1"), (0.23, " ASAP!!"), (0.24, " (escalated)"),
                  (0.26, " on behalf of {person}"), (0.28, " for {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Checked ID with the code {otp} texted to her mobile.",
    "user quoted authenticator code {otp_spaced}",
    "verificaton code {otp} didnt work",
    "Temp password issued: {password}",
    "i've tried {password} and it says wrong password",
    "password now set to {password}, user to change it",
    "PW: {password}",
    "Kind regards\n{first} {last}\n{dept}\n{plant}",
    "user id {USERID} needs unlocking",
    "network login: {USERID}",
    "locked account [{USERID}]",
    "{first} {last} ({USERID}) on {ws2}",
    "personal email {email_obf}",
    "email me on {email}",
    "mob {phone_nat}",
    "call {phone_intl}",
    "home address {address_x}",
    "post it to {address_eu}",
    "ship to {address_us}",
    "FAO {FIRST} {LAST}",
    "Herr {last} needs this today",
    "copying in {first} {last}",
    "{first_plain} in {dept} asked for this",
    "staff number {id7}",
    "Emp ID: {id_alnum}",
    "payroll no {id7}",
    "card used {card}",
    "device {ws2} MAC {mac2}",
    "IP address {ip}",
]

DECOYS = [
    ("building", "Kit is in the Hartley House comms room.", "Hartley House"),
    ("building", "Training in the Baxter Wing on Tuesday.", "Baxter Wing"),
    ("place", "Delivered to the Swindon DC.", "Swindon"),
    ("product", "The Evergreen range launches next week.", "Evergreen"),
    ("team", "Passed to Team Osprey.", "Team Osprey"),
    ("category", "Category: Phones, Tablets, Chargers", "Tablets, Chargers"),
    ("version", "App version 7.3.18.2 on the till.", "7.3.18.2"),
    ("error_code", "Till shows E-0417 on start.", "E-0417"),
    ("server_name", "Hosted on LR-SQL-11.", "LR-SQL-11"),
    ("role_email", "Copy storesupport@larkspur.example.co.uk in.", "storesupport@larkspur.example.co.uk"),
    ("asset_tag", "Asset LRA-0099231 on the base.", "LRA-0099231"),
    ("ticket_ref", "Linked to REQ0081127.", "REQ0081127"),
    ("team", "Raised with the Carter Street store team.", "Carter Street"),
    ("product", "Customer bought a Fairfax sofa.", "Fairfax"),
    ("place", "Store is in Kraków.", "Kraków"),
]

PHONES_INTL = ["+44 1793 555 014", "+49 341 555 0172", "+34 976 555 019", "+48 61 555 0144", "+91 20 5555 0139",
               "+63 32 555 0122", "+27 31 555 0190", "+44 28 9055 0183", "+353 1 555 0147", "+1 604 555 0128",
               "+971 4 555 0166", "+46 8 555 0175"]
PHONES_NATIONAL = ["01793 555014", "0341 5550172", "976 555 019", "061 555 01 44", "020 5555 0139",
                   "(032) 555 0122", "031 555 0190", "07700 900417"]
ADDRESSES_EU = ["Flat 7, 22 Marlowe Road, Swindon SN2 1RT", "Karl-Liebknecht-Straße 40, 04107 Leipzig",
                "Calle Alfonso I 17, 50003 Zaragoza", "ul. Półwiejska 9 m. 4, 61-888 Poznań",
                "Drottninggatan 71, 111 36 Stockholm", "Rathausplatz 3, 6020 Innsbruck"]
ADDRESSES_US = ["1402 Commerce Dr, Suite 300, Columbus, OH 43219", "7 Birch Ln, Portland, ME 04101",
                "P.O. Box 812, Reno, NV 89504", "225 Market St Apt 4F, Newark, NJ 07102"]
ADDRESSES_OTHER = ["12 Lantern Close, Cebu City 6000", "Flat 3B, Shivaji Nagar, Pune 411005",
                   "45 Musgrave Road, Berea, Durban 4001", "Mohrenstraße 8, 10117 Berlin",
                   "C/ Mayor 5, 3º izq., 28013 Madrid", "Os. Tysiąclecia 33/12, 61-255 Poznań"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hi IT,", "Hiya,", "Morning team,", "To whom it may concern,", "Hello,", "Hola,", "Hi {first},"]
RICH_SIGNOFFS = ["Cheers\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Thanks {first}",
                 "Many thanks, {first} {last}", "--\n{first} {last} | {plant} | {phone_intl}", "Regards\n{FIRST}"]
RICH_COMMENTS = ["Rang the store, no answer.", "Remote fix applied.", "Store confirmed working.",
                 "Awaiting store manager.", "Sent to field engineer.", "Chased by email.", "Passed to 2nd line.",
                 "Voicemail left.", "Store closed, try tomorrow.", "Spoke with the duty manager."]
RICH_GENERIC_NOTES = ["Fixed remotely.", "No reply from store, closed.", "Sorted.", "Store confirmed fixed.",
                      "Closed after 3 attempts to contact.", "Resolved."]
RICH_ONEOFF_BODIES = ["The {thing} has been playing up all week, could someone take a look?",
                      "Quick one about the {thing} - who looks after it?",
                      "Our {thing} needs sorting before the weekend rush.",
                      "Not sure who to ask about the {thing}, can IT help?",
                      "Since the refit the {thing} has not been right.",
                      "Could you check the {thing} for us please?"]

RICH_TOPICS = [
    ("wifi", "covered", 480,
     ["wifi dropping", "wireless not connecting", "no WiFi", "wi-fi keeps disconnecting", "poor wireless"],
     ["The wifi in the back office keeps dropping out and the laptop says no internet.",
      "Can't get the laptop onto the wireless, it says it can't connect to this network.",
      "Wi-Fi is really slow on the shop floor, pages time out.",
      "My laptop connects to the wireless then drops after a couple of minutes.",
      "The WLAN signal in the warehouse mezzanine is very weak."],
     ["Removed and re-added the wireless profile.", "Access point rebooted; signal fine.",
      "Wireless driver updated and adapter reset.", "Laptop moved to the 5 GHz network."]),
    ("printer", "covered", 280,
     ["printer not printing", "can't print", "printer offline", "print queue stuck"],
     ["The office printer shows offline and none of my documents print.",
      "Print jobs sit in the queue with an error and never come out.",
      "Nobody in the back office can print since the power cut.",
      "I print and nothing happens, the printer just sits there."],
     ["Cleared the queue and restarted the print spooler.", "Printer power cycled and back online.",
      "Printer queue re-added on the PC."]),
    ("password-expired", "covered", 200,
     ["password expired", "expired password", "password has expired"],
     ["My password has expired and it won't take the new one.",
      "It says my password expired while I was on annual leave and I'm working from home.",
      "Password expired and now Teams and Outlook keep asking for the old password."],
     ["Password changed in store; cached credentials updated.", "Explained the password rules; changed OK."]),
    ("group-email", "gap", 170,
     ["email group", "group email membership", "mailing list change", "new email group"],
     ["Can you add the new assistant managers to the store managers email group please?",
      "I own the email group for the buying team but can't add people to it myself.",
      "We need a new mailing list for all the drivers so we can send one email.",
      "Please take the leavers off our group email, they are still getting everything.",
      "Emails from our courier to the group address are bouncing back as rejected.",
      "Half of the region doesn't get the emails I send to the group, are they on it?"],
     ["Members added to the group in Exchange.", "New mail-enabled group created, requester set as owner.",
      "External senders allowed on the group.", "Group ownership transferred."]),
    ("web-block", "gap", 150,
     ["site blocked", "website blocked at work", "unblock website", "web filter blocking"],
     ["A supplier website comes up with a blocked page from the web filter when I open it.",
      "The firewall blocks the courier's tracking site, it says category not allowed.",
      "Please could you unblock this site, we need it for the price checks, it says access denied.",
      "The site loads fine on my phone but at work it is blocked by the filter.",
      "Our new payroll bureau's portal is blocked as uncategorised."],
     ["URL reviewed and added to the allow list.", "Web filter category changed for the site.",
      "Exception added for the team."]),
    ("till", "gap", 140,
     ["till frozen", "till not working", "POS till crashed", "till won't boot"],
     ["Till 3 has frozen on the sale screen and won't take any input.",
      "The POS till keeps restarting in the middle of transactions.",
      "Till won't boot, it just shows a black screen with a cursor."],
     ["Till restarted and POS software repaired.", "Till reimaged remotely.", "Field engineer replaced the till PC."]),
    ("vpn", "covered", 110,
     ["VPN not connecting", "vpn drops", "GlobalProtect not connecting"],
     ["GlobalProtect won't connect from home, my internet is fine.",
      "VPN keeps dropping every ten minutes when I work remotely.",
      "VPN says gateway not responding."],
     ["Changed the VPN gateway.", "VPN client reinstalled.", "Home router firmware updated."]),
    ("account-locked", "covered", 100,
     ["account locked", "locked out", "my account is locked"],
     ["I've locked my account typing the wrong password.",
      "Keep getting locked out, think my phone has the old password saved.",
      "It says my account has been locked."],
     ["Account unlocked.", "Unlocked; removed old password from the phone."]),
    ("pin-pad", "gap", 95,
     ["card machine not working", "PIN pad offline", "card terminal error"],
     ["The card machine on till 2 keeps saying not connected, customers can only pay cash.",
      "PIN pad declines every card since this morning.",
      "Chip and pin terminal shows a communication error."],
     ["PIN pad re-paired with the till.", "Payment terminal replaced by the acquirer."]),
    ("shared-drive", "covered", 85,
     ["shared drive missing", "no access to shared folder", "mapped drive gone"],
     ["My S drive has disappeared and I can't get to the team folder.",
      "Please give me access to the buying shared drive, it says access denied.",
      "Mapped drive has a red cross and says unavailable."],
     ["Drive re-mapped.", "Access approved by folder owner.", "Drives reconnected after VPN."]),
    ("mailbox-full", "covered", 75,
     ["mailbox full", "inbox full cannot send", "mailbox size warning"],
     ["I keep getting a warning my mailbox is full and I can't send anything.",
      "Outlook says my mailbox has gone over the limit."],
     ["Archived old mail.", "Emptied deleted items; explained archiving."]),
    ("cctv", "gap", 70,
     ["CCTV not recording", "camera offline", "CCTV playback"],
     ["The CCTV in store has stopped recording, the recorder shows no cameras.",
      "Two cameras on the shop floor are offline on the CCTV system.",
      "Loss prevention need footage from Saturday but the CCTV playback won't load."],
     ["NVR restarted and cameras back online.", "Camera power supply replaced."]),
    ("slow-laptop", "covered", 60,
     ["laptop slow", "PC running slow"],
     ["The laptop takes ages to start and everything is slow.",
      "The PC freezes whenever I open a big spreadsheet."],
     ["Updates installed; startup apps trimmed.", "Disk space freed."]),
    ("screens", "covered", 55,
     ["second screen not working", "monitor no signal"],
     ["Docking station doesn't show anything on the screens.",
      "My second monitor says no signal since yesterday."],
     ["Dock firmware updated.", "Display cable replaced."]),
    ("teams-audio", "covered", 50,
     ["teams audio", "can't hear in teams"],
     ["People can't hear me on Teams calls but the headset works elsewhere.",
      "Teams sound comes out of the laptop not the headset."],
     ["Headset selected in Teams settings.", "Audio driver updated."]),
    ("mfa", "covered", 45,
     ["authenticator new phone", "MFA not working"],
     ["New phone and the authenticator app has nothing in it.",
      "The sign in approvals don't come through to my phone any more."],
     ["Temporary access pass issued, app re-registered.", "Authenticator moved to new phone."]),
    ("phishing", "covered", 40,
     ["suspicious email", "phishing email"],
     ["Got an email saying my mailbox is full with a link to log in, looks dodgy.",
      "I clicked a link in an email and entered my password, then realised."],
     ["Reported and removed.", "Password reset and sessions revoked."]),
]
