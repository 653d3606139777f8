"""FIFTH HELD-OUT phrasing bank (v5): FROZEN. Written and committed before any tuning of the fifth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional law firm ("Carrow Lindell LLP": five offices, fee earners, secretaries, a records
centre, a finance team that still prints cheques) instead of a university, retailer,
manufacturer, council or shipping company. Its own in-house systems (document management, time
recording, conflict checks, court filing, deal rooms), fee-earner ids written "FE" plus digits and
matter numbers, placeholder and closure habits of yet another desk ("N/A", "nil", "per email",
"self-resolved", "VM left", "misdial", "logged for stats"), machine mail of other shapes (Zabbix
triggers, certificate expiry, RAID and replication lag, mail queues, scheduled tasks, supplies
alerts by SNMP), form subjects from a matter-intake form and a starter form, names of other
languages (Irish, Polish, Italian, Czech, Swedish, Nigerian, Indian, Portuguese), generic password,
lockout and MFA problems in many phrasings and in nine other languages (German, French, Spanish,
Portuguese, Dutch, Polish, Italian, Swedish, Czech), and eight gap topics whose words the
evaluation KB lacks or uses in another sense ("bundle" is a court bundle, not a download;
"compare" is a redline of two documents; "cheque" printing needs a MICR toner the KB's printer
articles never name; "time entries" are billable time, not a timesheet). Everything is invented
for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is an office, ``{line}`` a floor or courtroom number.
"""

ORG = "Carrow Lindell LLP"
DOMAIN = "carrowlindell.example.org"
START = "2025-02-03"
DAYS = 26
OUTLIER_DATES = ("2009-12-31 12:00:00", "2019-07-15 03:30:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Aoife Ciaran Niamh Padraig Siobhan Grainne Agnieszka Tomasz Malgorzata Wojciech Katarzyna
Lorenzo Giulia Alessandro Chiara Francesca Ondrej Zuzana Jiri Petra Tereza Linnea Oskar Maja Henrik Ebba
Chukwuemeka Ngozi Adaeze Oluwaseun Emeka Funmilayo Aarav Priyanka Rohan Lakshmi Vikram Ananya Joao Beatriz
Thiago Mariana Goncalo Ines Declan Roisin Bartosz Ilaria Vaclav Astrid Tunde Kavya Rafaela Hope Faith
Grace Rose Jay Sky Bill""".split()

LAST_NAMES = """O'Sullivan Murphy Kavanagh Ni-Bhriain Fitzgerald Byrne Kowalczyk Wisniewska Lewandowski Zielinski
Nowak Ricci Esposito Romano Colombo Marino Dvorak Novotna Svoboda Prochazka Lindqvist Bergstrom Nystrom
Sandberg Okafor Adeyemi Nwosu Balogun Eze Iyer Raghavan Kulkarni Deshmukh Menon Ferreira Carvalho Almeida
Rodrigues Pereira Doyle Walsh Gallo Kral Holm Obi Nair Costa Baker Mason Lane Wood Gray Rivers""".split()

APPS = ["LexVault", "Matterly", "TimeNote", "Clauseworks", "Conflicta", "BillRight", "DeedStore", "Precedex",
        "Docketeer", "Sealbox", "Briefly", "Counsellink"]

DEPTS = ["Litigation", "Corporate", "Real Estate", "Employment", "Private Client", "Banking", "Finance",
         "Knowledge", "Records", "Business Development", "Secretarial Pool", "Risk and Compliance"]
BUILDINGS = ["Chancery Floor 3", "Counsel's suite", "Post room", "Records centre", "Library", "Reception",
             "Client floor", "Floor 6 east"]
PLANTS = ["Dublin office", "Manchester office", "Leeds office", "Bristol office", "Warsaw desk", "London HQ"]
PLANT_CODES = ["CLL", "DUB", "MAN", "LDS"]
ID_PREFIXES = ["FE", "MAT", "CL"]
SENDERS = ["zabbix", "certwatch", "raid-mon", "taskrunner", "mailgw", "snmp-supplies"]
HOST_PARTS = ["cll-dms", "dub-sql", "man-fs", "lds-app", "cll-exch", "cll-citrix", "dub-dc", "cll-bkp", "man-wlc",
              "cll-web"]
SERVICES = ["MSSQLSERVER", "Spooler", "IISADMIN", "DMS Indexer", "Tomcat9", "Veeam Agent"]
JOBS = ["DMS_FULLTEXT_REINDEX", "WIP_ROLLUP", "CONFLICT_SYNC", "AR_AGEING_NIGHTLY", "CHQ_RUN_EXPORT", "HR_FEED_IN"]
PRINTER_MODELS = ["Konica bizhub C450i", "Sharp MX-4071", "HP LaserJet M611", "Brother HL-L6400", "Kyocera ECOSYS P4140"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["N/A", "n/a", "nil", "x", "..", "No issue", "no issue found", "Logged for stats", "chased",
                "pls see email", "per email", "Email sent", "closed per user", "resolved by caller", "user fixed it",
                "self-resolved", "Self resolved", "left msg", "VM left", "no answer x2", "caller dropped", "misdial",
                "wrong line", "misc", "General", "Enquiry", "ad hoc", "{person}", "{person}", "{LAST}, {FIRST}",
                "re {first}", "for attn {person}", "{first} rang", "Message taken for {first} {last}", "as discussed",
                "Handled on call", "no further action", "transferred", "passed to team", "dup"]
TESTS = ["testing 123", "ignore - test", "TEST TEST", "test from new portal", "sandbox ticket", "dummy",
         "dummy call", "pls ignore", "teest", "test inc {num}", "UAT - ignore", "Test mail routing",
         "training - disregard", "{first} test", "TEST - DO NOT CLOSE"]
ALERTS = [
    "[Zabbix] {host} is unavailable by ICMP",
    "Certificate for {host} expires in {num} days",
    "PROBLEM: CPU load high on {host} ({pct}%)",
    "Replication lag on {host} is {num} min",
    "Scheduled task {job} did not run at {time}",
    "Mail queue on {host} exceeds {num}00 messages",
    "{svc} service stopped on {host}",
    "RAID array degraded on {host} (slot {num})",
    "Job {job} completed with warnings {ts}",
    "Disk latency on {host} above {num}0 ms",
    "WLC: access point {serial} disassociated",
    "[{sender}] nightly report {ts}: {num} errors",
]
PRINTER_STATUS = [
    "{model} - waste toner container full",
    "Tray 2 empty on {printer}",
    "{printer}: paper jam in area B",
    "Supplies alert: black cartridge at {pct}% ({model})",
    "Meter reading request {model} SN {serial}",
    "{printer} not responding (SNMP timeout)",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-intake", "form", "New matter intake | Client: {LAST} | Matter no {id7} | Partner: {first} {last}"),
    ("form-starter", "covered", "Starter request: {first} {last} - {dept} - commences {date}"),
    ("form-secondee", "covered", "Secondee access - {person} - ref {id7}"),
    ("form-exit", "covered", "Exit checklist for {FIRST} {LAST} ({dept})"),
    ("form-glued", "form", "Name{first} {last}FeeEarnerID{id7}Office{plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["reset password", "password needs resetting", "forgot pw", "PASSWORD RESET PLEASE",
                    "forgot my windows password", "new pwd needed - {person}", "pwd reset {USERID}",
                    "can you reset my password", "I don't remember my password", "Reset of network password",
                    "passwrod reset", "pasword reset", "password reset for FE{id7}", "lost my password",
                    "reset pw for {first} please", "Passwort vergessen", "Kennwort zurücksetzen bitte",
                    "réinitialiser mon mot de passe", "olvidé mi contraseña", "restablecer contraseña",
                    "redefinir senha", "wachtwoord resetten", "nie pamiętam hasła", "reset hasła",
                    "password dimenticata", "glömt lösenordet", "zapomenuté heslo", "need password changed"]
APP_PASSWORD = ["{app} password reset", "{app} won't take my password", "locked out of {app}", "{app} login locked",
                "{APP} PASSWORD", "forgot {app} password", "{app} credentials not accepted", "{app} account locked",
                "cannot sign into {app}", "{app} pw expired", "reset {app} login please", "{app} access denied - password"]
LOCKOUT = ["locked out", "account locked", "my account is locked", "locked out of laptop", "LOCKED OUT AGAIN",
           "account lockout {USERID}", "user locked - {person}", "windows says account locked",
           "too many attempts, locked", "Konto gesperrt", "compte verrouillé", "cuenta bloqueada",
           "conta bloqueada", "account geblokkeerd", "konto zablokowane", "account bloccato", "účet zablokován",
           "locked out after password change"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 190, ["can't print", "printer not printing", "print jobs stuck", "nothing printing",
        "PRINTER NOT WORKING", "printing fails from Word", "printer on {bldg} down", "Drucker druckt nicht"]),
    ("scan", "covered", 45, ["scan to email broken", "scans not arriving", "scanner won't send to my email",
        "scan to folder not working"]),
    ("wifi", "covered", 170, ["wifi down", "no wifi on {bldg}", "wireless dropping", "can't join wifi",
        "WIFI NOT CONNECTING", "wifi keeps cutting out", "laptop won't connect to wireless", "wifi ne marche pas"]),
    ("vpn", "covered", 120, ["VPN won't connect", "can't get on vpn from home", "vpn keeps dropping",
        "GlobalProtect not connecting", "VPN error when working remotely", "vpn very slow"]),
    ("outlook", "covered", 110, ["Outlook not opening", "outlook crashed", "outlook frozen", "Outlook keeps closing",
        "OUTLOOK NOT RESPONDING", "outlook stuck loading profile"]),
    ("mailbox-full", "covered", 45, ["mailbox full", "mailbox size limit reached", "can't send, mailbox full",
        "mailbox quota warning"]),
    ("slow-pc", "covered", 110, ["PC running slow", "laptop very slow", "computer slow", "slow computer",
        "laptop slow since update", "PC Slow"]),
    ("monitor", "covered", 75, ["second monitor blank", "docking station not working", "screens not detected",
        "external monitor flickering", "dock issue", "monitor not working"]),
    ("software", "covered", 100, ["software install request", "please install Adobe Pro", "need software installed",
        "install request", "can you install a program for me", "application install needed"]),
    ("shared-folder", "covered", 95, ["can't access shared drive", "lost access to team folder", "P drive missing",
        "need access to a network folder", "access denied to shared drive", "mapped drive gone"]),
    ("phishing", "covered", 50, ["suspicious email", "phishing?", "got a dodgy email", "is this email a scam",
        "reporting phishing email"]),
    ("mfa", "covered", 70, ["MFA not working", "authenticator app not working", "not getting MFA prompts",
        "new phone - move authenticator", "MFA code not received", "2FA problem", "MFA funktioniert nicht",
        "código MFA no llega", "problème authentification MFA"]),
    ("password-expired", "covered", 40, ["password expired", "my password has expired", "expired password message",
        "Passwort abgelaufen"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "OneDrive sync stuck", "files won't sync to onedrive"]),
    ("teams-audio", "covered", 50, ["no sound in Teams", "Teams mic not working", "people can't hear me on Teams",
        "Teams headset not detected"]),
    ("bitlocker", "covered", 30, ["bitlocker key needed", "BitLocker recovery screen", "laptop wants bitlocker code"]),
    ("laptop-power", "covered", 50, ["laptop won't power on", "laptop not charging", "laptop dead", "laptop won't boot"]),
    ("badge", "covered", 45, ["pass not working on doors", "door pass stopped working", "security pass not working",
        "access card not opening door"]),
    ("restore", "covered", 35, ["restore a deleted document", "deleted folder by mistake", "need previous version of file",
        "recover a file I deleted"]),
    ("acrobat", "covered", 45, ["Adobe not opening PDFs", "PDF won't open", "Acrobat crashing", "can't edit PDF"]),
    ("encrypt", "covered", 35, ["how to send encrypted email", "send confidential email securely",
        "encrypt email to client"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("efiling", "gap", 105, ["court e-filing portal rejecting bundle", "e-filing upload fails", "can't file at court online",
        "CE-File submission error", "e-filing stuck on payment page", "court filing portal won't accept documents",
        "efiling rejected - file too large"]),
    ("time-entries", "gap", 90, ["time entries not saving", "can't post time to matter", "time recording won't save",
        "my time entries disappeared", "unbilled time missing from matter", "time entry rejected - matter closed"]),
    ("doc-compare", "gap", 80, ["document compare not showing changes", "redline comparison blank",
        "blackline not working", "compare two versions fails", "comparison report missing tracked changes",
        "REDLINE TOOL CRASHES"]),
    ("data-room", "gap", 70, ["client can't get into data room", "data room invite not received",
        "virtual data room access for buyer", "data room documents not uploading", "deal room permissions wrong"]),
    ("ediscovery", "gap", 60, ["ediscovery export stuck", "review platform load failed", "disclosure export not finishing",
        "e-disclosure processing error", "custodian data not loaded to review"]),
    ("client-portal", "gap", 65, ["client portal upload failing", "client can't log into client portal",
        "documents not showing in client portal", "client portal invitation expired", "client portal very slow"]),
    ("bundle-pagination", "gap", 50, ["bundle pagination wrong", "page numbers missing on court bundle",
        "bundle index links broken", "bates stamping failed", "bundle tool won't paginate"]),
    ("cheque-printing", "gap", 45, ["cheque printer not printing cheques", "cheque run misaligned",
        "MICR toner low on cheque printer", "cheques printing blank", "cheque run failed"]),
]

VAGUE = ["Printing", "Laptop", "Mail", "Password", "Teams", "Access", "Internet", "Help", "Issue", "Urgent",
         "Phone", "Account", "Query"]

ONEOFF_OBJECTS = ["engrossment paper", "deed box label", "will safe register", "court diary", "counsel's fee note",
    "client care letter", "engagement letter template", "precedent bank page", "law report subscription",
    "library loan", "land registry login", "companies house search", "stamp duty calculator", "conveyancing checklist",
    "probate form", "witness statement template", "hearing room screen", "video hearing link", "transcript request",
    "dictaphone cradle", "foot pedal", "headed paper tray", "franking machine", "post room scales", "courier booking",
    "archive retrieval", "shredding bin", "meeting room booking", "boardroom screen", "client wifi code",
    "visitor lanyard", "reception kiosk", "canteen screen", "lift display", "desk booking app", "locker",
    "standing desk", "chair", "desk lamp", "fan heater", "blinds", "kettle", "fridge", "coffee machine",
    "Word numbering", "Excel macro", "PowerPoint template", "Outlook signature", "email disclaimer",
    "out of office", "shared calendar", "room calendar", "OneNote notebook", "Planner task", "SharePoint list",
    "intranet page", "staff directory photo", "payslip", "pension form", "expenses app", "mileage claim",
    "mobile contract", "SIM card", "phone case", "screen protector", "charger cable", "laptop bag", "privacy screen",
    "keyboard tray", "wrist rest", "USB stick", "CD drive", "label printer", "laminator", "binding machine",
    "hole punch", "training video", "CPD log", "induction slides", "newsletter", "survey link", "car park pass"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question", "missing", "needs replacing", "error", "won't load",
    "request", "issue", "out of date", "keeps logging out", "wrong details", "too slow", "won't start", "can't find",
    "how to", "need access", "disappeared", "won't save", "faulty", "set up", "replace please", "update needed",
    "install", "settings wrong", "greyed out", "access denied", "incorrect", "duplicated", "not visible", "stuck"]
ONEOFF_FREE = [
    "who orders new deed boxes", "can reception have a second phone line", "need a longer HDMI cable in room 4",
    "court diary prints in landscape", "which form do I use for a secondee desk", "clock in the library is slow",
    "can I have a headset for the secretarial pool", "boardroom phone has a cracked display",
    "where do signed engrossments get scanned", "please move my extension to floor 6",
    "need a travel adapter for a client visit", "post room scales need batteries",
    "projector in counsel's suite is blurry", "who looks after the lift display",
    "order more archive labels", "new trainee needs a locker",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.05, "RE: "), (0.07, "AW: "), (0.09, "TR: "), (0.12, "URGENT - "), (0.14, "[{plant}] "),
                  (0.16, "{person} - "), (0.18, "FE{id7}: "), (0.20, "Matter {id7} - ")]
NOISE_SUFFIXES = [(0.06, " - {person}"), (0.08, " ({netid})"), (0.10, " - ext {ext}"), (0.13, " - {bldg}"),
                  (0.15, " in {plant}"), (0.17, " floor {line}"), (0.19, " (FE{id7})"), (0.21, " - asap please"),
                  (0.22, " ???"), (0.24, " - pls call"), (0.26, " for {first} {last}"), (0.28, " cc {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "Caller verified with one time code {otp}.",
    "read me the sms code {otp_spaced}",
    "verificaton code given was {otp}",
    "Temp password set to {password}",
    "changed it to {password} for now, must change at logon",
    "he said he tried {password} already",
    "initial password: {password}",
    "Kind regards\n{first} {last}\nTrainee Solicitor, {dept}",
    "account {USERID} locked again",
    "check user {USERID} please",
    "secretary login ({USERID}) expired",
    "{first} {last} ({USERID}) called from {ws2}",
    "personal email {email_obf}",
    "please reply to {email}",
    "mobile {phone_nat}",
    "call me on {phone_intl}",
    "courier it to {address_x}",
    "ship to {address_eu}",
    "my address is {address_us}",
    "FAO {FIRST} {LAST}",
    "Partner {last} wants an update",
    "copy in {first} {last}",
    "{first_plain} in {dept} is waiting",
    "Fee earner no. {id7}",
    "staff ref {id_alnum}",
    "pass {id7} not opening",
    "card used {card}",
    "machine {ws2} with mac {mac2}",
    "connection from {ip} refused",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Letter on Carrow Lindell headed paper.", "Carrow Lindell"),
    ("building", "Printer by the Fitzwilliam Suite.", "Fitzwilliam Suite"),
    ("place", "Hearing at Manchester Civil Justice Centre.", "Manchester"),
    ("product", "The Sigma L7 scanners are slow.", "Sigma L7"),
    ("team", "Passed to Team Kestrel.", "Team Kestrel"),
    ("category", "Category: Litigation, Probate, Conveyancing", "Probate, Conveyancing"),
    ("version", "Client 10.4.2.118 installed.", "10.4.2.118"),
    ("error_code", "Portal shows error E-7731.", "E-7731"),
    ("server_name", "Files are on CLL-FS-04.", "CLL-FS-04"),
    ("role_email", "Send it to servicedesk@carrowlindell.example.org please.", "servicedesk@carrowlindell.example.org"),
    ("asset_tag", "Asset CLL-IT-004417 on the base.", "CLL-IT-004417"),
    ("ticket_ref", "Linked to INC0552190.", "INC0552190"),
    ("place", "Meet at Lincoln's Inn Fields.", "Lincoln's Inn Fields"),
    ("product", "Order two Nova Dock stands.", "Nova Dock"),
    ("place", "She works from Kraków.", "Kraków"),
]

PHONES_INTL = ["+353 1 555 0172", "+48 22 555 01 63", "+39 06 5550 1234", "+420 555 012 345", "+46 8 555 012 34",
               "+234 1 555 0147", "+91 22 5555 0188", "+351 21 555 0139", "+44 161 496 0752", "+1 646 555 0121"]
PHONES_NATIONAL = ["01 555 0172", "022 555 01 63", "06 5550 1234", "0161 496 0752", "07700 900 318",
                   "(021) 555 0139", "0803 555 0147"]
ADDRESSES_EU = ["Merrion Square 14, Dublin 2, D02 XY45", "ul. Piękna 21/4, 00-549 Warszawa",
                "Via della Spiga 7, 20121 Milano", "Vinohradská 112, 130 00 Praha 3",
                "Rua Augusta 88, 1100-053 Lisboa", "Flat 3, 27 Oxford Road, Manchester M1 5QA"]
ADDRESSES_US = ["45 Wall St Apt 12B, New York, NY 10005", "1820 K St NW Suite 300, Washington, DC 20006",
                "PO Box 7781, Boston, MA 02109", "77 W Wacker Dr, Chicago, IL 60601"]
ADDRESSES_OTHER = ["Sveavägen 44, 111 34 Stockholm", "12 Awolowo Road, Ikoyi, Lagos", "Flat 8B, Marine Drive, Mumbai 400020",
                   "Prinsengracht 263, 1016 GV Amsterdam", "Kurfürstendamm 21, 10719 Berlin",
                   "Calle de Alcalá 50, 28014 Madrid"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Dear IT,", "Dzień dobry,", "Hi all,", "Hi,", "Morning,", "Buongiorno,", "Hello {first},"]
RICH_SIGNOFFS = ["Many thanks\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Thanks - {first}",
                 "Pozdrawiam\n{first} {last}", "--\n{first} {last} | Associate | {phone_intl}",
                 "Best wishes\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Tried calling, no reply.", "Remote control taken.", "User confirms working.",
                 "Awaiting reply from user.", "Passed to applications team.", "Chased by email.",
                 "Escalated to infrastructure.", "Voicemail left.", "User in court until Thursday.", "Spoke to secretary."]
RICH_GENERIC_NOTES = ["Resolved on the phone.", "No reply, closing.", "Fixed.", "User satisfied.",
                      "Closed, no further action.", "All working now."]
RICH_ONEOFF_BODIES = ["Could someone look at the {thing}? Not right since last week.",
                      "Who is responsible for the {thing}?",
                      "The {thing} in our office needs attention please.",
                      "We need the {thing} sorted before the client meeting."]

RICH_TOPICS = [
    ("wifi", "covered", 400,
     ["wifi not working", "wifi keeps dropping", "no wireless connection"],
     ["My laptop keeps losing the wifi in the client floor meeting rooms.",
      "There is no wireless network showing on floor 6, the laptop sees nothing.",
      "Wifi says connected but nothing loads in the browser."],
     ["Removed and re-added the wireless profile; driver updated.",
      "Access point restarted by the network team.", "Wireless adapter reset, stable since."]),
    ("printer", "covered", 250,
     ["printer not printing", "printer offline", "print jobs stuck in queue"],
     ["The printer near my desk says offline and nothing comes out.",
      "My documents sit in the queue with an error status.",
      "No one in the secretarial pool can print this morning."],
     ["Queue cleared and spooler restarted.", "Printer switched off and on.", "Printer re-added to the laptop."]),
    ("lockout", "covered", 170,
     ["account locked", "locked out", "locked out again"],
     ["My account locked after I mistyped the password a few times.",
      "I get locked out of Windows every morning after the weekend.",
      "Windows says the account is locked and I cannot sign in."],
     ["Account unlocked; old password removed from the phone's mail app.", "Unlocked, user signed in."]),
    ("efiling", "gap", 150,
     ["e-filing upload failed", "court filing rejected", "e-filing portal error"],
     ["The court e-filing portal rejects our bundle every time we upload it.",
      "Filing at court online fails at the payment step with an error.",
      "Documents submitted through e-filing never show as received."],
     ["Bundle split into smaller files and re-filed.", "Filing account payment details updated.",
      "Portal certificate reinstalled; filing went through."]),
    ("doc-compare", "gap", 120,
     ["redline not working", "document compare blank", "comparison missing changes"],
     ["Comparing two versions of the agreement gives a blank redline.",
      "The compare tool crashes when the document has tracked changes.",
      "The comparison report misses half of the changes between drafts."],
     ["Compare add-in re-registered in Word.", "Tracked changes accepted before comparing.",
      "Compare tool updated to the latest release."]),
    ("time-entries", "gap", 90,
     ["time entries not saving", "can't record time", "time missing from matter"],
     ["My time entries disappear when I save them against the matter.",
      "Time recording will not let me post time to a matter.",
      "Yesterday's time is missing from the matter's unbilled list."],
     ["Matter reopened by finance; time posted.", "Time recording cache cleared.",
      "Entries restored from the draft list."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops"],
     ["GlobalProtect won't connect from home.", "VPN connects then drops after a minute."],
     ["Gateway changed; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox quota warning"],
     ["Outlook says my mailbox is full and I can't send.", "Warning that my mailbox is over its limit."],
     ["Old mail archived.", "Showed the user how to clear the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive missing", "access denied on folder"],
     ["The team drive has gone from my laptop.", "Access denied on the litigation folder."],
     ["Drive remapped.", "Access granted by the folder owner."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "Teams mic not working"],
     ["Nobody can hear me on Teams calls.", "Teams uses the laptop speakers instead of my headset."],
     ["Headset selected in Teams settings.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need previous version"],
     ["I deleted a document from the shared drive, can you get it back?",
      "I saved over a draft, is there an earlier version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
