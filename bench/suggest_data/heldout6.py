"""SIXTH HELD-OUT phrasing bank (v6): FROZEN. Written and committed before any tuning of the sixth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional hotel and resort group ("Halcyon Bay Hotels": nine properties on the Adriatic, in
Budapest, Lisbon and Vilnius, a central reservations office, a laundry plant, conference centres)
instead of a university, retailer, manufacturer, council, shipping company or law firm. Its own
systems (property management, rate distribution, point of sale, housekeeping, spa and event
booking), employee numbers written "EMP#" plus digits, placeholder and closure habits of yet
another desk ("-", "see notes", "as above", "walk-up", "info only", "cancelled by requester"),
machine mail of shapes no earlier bank used (monitoring digests, backup job summaries, SMART and
UPS notices, toner and scanner notices, calendar responses, out-of-office and automatic replies,
bounce notices, feed digests), form subjects from a hiring system and an access form written with
other separators, names of other languages (Croatian, Hungarian, Lithuanian, Thai, Amharic, Arabic,
Slovak, Latvian), generic password, lockout and MFA requests in many phrasings and in other
languages (Croatian, Hungarian, Lithuanian, Slovak, Turkish, Spanish, Portuguese, Greek,
German), covered DEVICE and NETWORK topics written in other languages too (a printer, Wi-Fi, VPN,
a slow or dead laptop, a monitor), and eight gap topics whose words the evaluation KB lacks or
uses in another sense (a guest "key card" is not a staff door pass, a "loyalty account" is no
sign-in account, a "night audit" no audit log, a "folio" an invoice the KB never mentions).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a property, ``{line}`` a floor or room number.
"""

ORG = "Halcyon Bay Hotels"
DOMAIN = "halcyonbay.example.com"
START = "2024-05-13"
DAYS = 29
OUTLIER_DATES = ("2011-03-02 09:00:00", "2030-01-01 00:00:01")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Luka Ivana Marko Mateja Domagoj Ana Bence Zsófia Levente Réka Csaba Eszter Mantas Rūta Gintarė
Tomas Aistė Somchai Nattaya Kittipong Siriporn Abebe Tigist Selam Dawit Yohannes Meron Yousef Layla Omar Noor
Karim Rania Miroslav Ľubica Peter Katarína Kristaps Ilze Jānis Dace Zoltan Rita Ruta Hope Joy Rose Dawn""".split()

LAST_NAMES = """Horvat Kovačević Babić Marić Jurić Nagy Szabó Tóth Kovács Varga Kazlauskas Petrauskienė
Jankauskas Srisuk Wongsawat Chaiyaporn Bekele Tesfaye Haile Girma Haddad Nasser Al-Amin Khoury Kováč
Horváthová Bērziņš Ozola Kalniņš Fisher Cooper Hunter Bell Young Price""".split()

APPS = ["Opalys", "Suiteline", "Banquetry", "Rostera", "Loyalto", "Conciergo", "Procura", "Eventix",
        "Tillpoint", "Linenlog", "Guestbook360", "Payslipr"]

DEPTS = ["Front Office", "Housekeeping", "Food and Beverage", "Kitchen", "Spa", "Revenue", "Reservations",
         "Events", "Engineering", "Finance", "People", "Security"]
BUILDINGS = ["Lobby bar", "Back office", "Laundry plant", "Conference wing", "Night porter desk",
             "Spa reception", "Level 2 offices", "Pool deck"]
PLANTS = ["Split resort", "Dubrovnik hotel", "Budapest city hotel", "Lisbon riverside", "Vilnius old town",
          "Central reservations"]
PLANT_CODES = ["HBH", "SPL", "BUD", "LIS"]
ID_PREFIXES = ["EMP", "HB", "RES"]
SENDERS = ["healthcheck", "backup-report", "ups-agent", "smartd", "printfleet", "calendar"]
HOST_PARTS = ["spl-pms", "bud-pos", "lis-fs", "vno-dc", "hbh-sql", "hbh-esx", "spl-nvr", "bud-wlc", "hbh-bkp",
              "lis-rdp"]
SERVICES = ["OpalysSync", "W3SVC", "SQLAgent", "KeyEncoderSvc", "PrintSpooler", "VeeamBackupSvc"]
JOBS = ["PMS_NIGHT_ROLL", "RATE_PUSH_OTA", "POS_EOD_EXPORT", "LINEN_COUNT_IMPORT", "PAYROLL_FEED", "GL_POSTING"]
PRINTER_MODELS = ["Ricoh IM C3000", "Canon iR-ADV C5535", "Xerox VersaLink C7020", "Epson WF-C879R",
                  "Lexmark CX825"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["-", "--", "see notes", "as above", "refer notes", "completed", "done - closed", "Cancelled",
                "cancelled by requester", "raised in error", "opened in error by agent", "dupe of INC{id7}",
                "spam", "blank", "no details given", "walk-up", "walk up enquiry", "phone call", "call from guest line",
                "caller hung up", "hangup", "nothing to report", "info only", "FYI", "{person} called",
                "call back {first}", "{first} {last} enquiry", "{LAST} {FIRST}", "for {person}", "on behalf of {first}",
                "front desk call", "see attached", "ticket for reporting", "no response from user", "auto closed",
                "left voicemail for {first}", "misrouted", "wrong queue"]
TESTS = ["test ticket pls ignore", "tst", "testticket", "TEST 2", "checking mail-to-ticket", "QA check - ignore",
         "monitoring test {num}", "ignore this one", "Ticket creation test", "tesst please ignore", "test - {first}",
         "test new category", "demo ticket for training", "sample incident", "PLEASE IGNORE TEST"]
ALERTS = [
    "Daily health digest {ts}: {num} warnings, 0 critical",
    "Backup job PMS-nightly finished: Success {num}0 / Warning {num} / Failed 0",
    "Backup report for {host} - {num} of {num}0 VMs processed with warnings",
    "SMART attribute Reallocated_Sector_Ct above threshold on {host} /dev/sda",
    "UPS {host}: on battery power, runtime {num}0 min remaining",
    "UPS self-test passed on {host} at {time}",
    "Accepted: Weekly revenue meeting @ {date} {time}",
    "Declined: Ops stand-up ({date})",
    "Automatic reply: Your request INC{id7} has been updated",
    "Out of Office: back on {date}",
    "Abwesenheitsnotiz: {first} {last}",
    "Undeliverable: RE: invoice {id7}",
    "Mail delivery failed: returning message to sender",
    "Delivery Status Notification (Failure) {email}",
    "[Vendor advisories] {num} new items in feed",
    "Weekly digest: {num}0 new posts in Security bulletins",
    "Certificate renewal reminder for {host} ({num}0 days)",
    "Storage snapshot on {host} consumed {pct}% of reserve",
]
PRINTER_STATUS = [
    "Toner low - Cyan {pct}% - {printer}",
    "{printer}: toner cartridge K replace soon",
    "Scan to folder failed on {model}: SMB error 0x{num}0{num}",
    "Fleet report {date}: {num} devices need attention",
    "{model} ({serial}) maintenance kit due",
    "Drum unit near end of life - {printer}",
    "Scanner feed roller worn: {printer}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-hire", "covered", "New Hire IT Setup :: {LAST}, {FIRST} :: Start {date} :: {dept}"),
    ("form-leaver", "covered", "Leaver: {first} {last} (EMP#{id7}) last working day {date}"),
    ("form-access", "form", "System access request / requester: {person} / system: {app}"),
    ("form-glued", "form", "EmployeeName:{first} {last};EmpNo:{id7};Property:{plant}"),
    ("form-uniform", "form", "Uniform & locker request - {person} - {dept}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["password reset needed", "reset my password pls", "forgotten password", "PW RESET",
                    "i forgot my password again", "need a new password - {person}", "password reset EMP#{id7}",
                    "pls reset pwd for {USERID}", "cant remember my password", "password not working anymore",
                    "psasword reset", "reset password for {first}", "my password doesn't work",
                    "zaboravio sam lozinku", "nova lozinka molim", "elfelejtettem a jelszavam", "jelszó visszaállítás",
                    "pamiršau slaptažodį", "zabudnuté heslo", "şifremi unuttum", "şifre sıfırlama",
                    "he olvidado mi contraseña", "esqueci a minha palavra-passe", "ξέχασα τον κωδικό μου",
                    "Passwort neu setzen", "password change request"]
APP_PASSWORD = ["{app} password reset", "can't log into {app}", "{app} locked me out", "{APP} LOGIN FAILS",
                "reset {app} password please", "{app} says wrong password", "{app} account locked", "{app} password expired",
                "forgot password for {app}", "{app} sign in not working", "unlock {app} user", "{app} invalid login"]
LOCKOUT = ["account locked out", "locked out of my account", "user locked", "im locked out", "ACCOUNT LOCKED",
           "locked out - {person}", "locked out of PC", "account lockout again", "locked after wrong password",
           "zaključan račun", "fiók zárolva", "paskyra užblokuota", "hesap kilitlendi", "cuenta bloqueada otra vez",
           "conta bloqueada", "λογαριασμός κλειδωμένος", "Konto gesperrt - bitte entsperren", "účet je zablokovaný"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other languages too)
    ("printing", "covered", 180, ["printer not working", "can't print anything", "print queue stuck", "printer offline",
        "PRINTER JAMMED", "Drucker druckt nicht", "impresora no imprime", "nyomtató nem nyomtat", "pisač ne radi",
        "printing from Excel fails"]),
    ("wifi", "covered", 160, ["wifi not working", "no wifi in back office", "wireless keeps disconnecting",
        "can't connect to staff wifi", "WIFI DOWN", "WLAN geht nicht", "sin conexión wifi", "wifi nem működik",
        "nėra wifi ryšio", "laptop won't see the wireless"]),
    ("vpn", "covered", 110, ["vpn not connecting", "VPN keeps dropping", "cannot connect to VPN from home",
        "GlobalProtect won't connect", "VPN funktioniert nicht", "la VPN no conecta", "VPN ne radi"]),
    ("outlook", "covered", 100, ["outlook won't open", "outlook keeps crashing", "Outlook frozen", "outlook not responding",
        "OUTLOOK HANGS", "Outlook startet nicht"]),
    ("mailbox-full", "covered", 40, ["mailbox is full", "mailbox over limit", "cannot send email mailbox full",
        "postfach voll"]),
    ("slow-pc", "covered", 110, ["computer is slow", "laptop really slow", "PC slow", "very slow laptop",
        "Rechner sehr langsam", "PC muy lento", "lassú a gép", "computador lento"]),
    ("monitor", "covered", 70, ["monitor not working", "second screen blank", "docking station problem",
        "external monitor no signal", "Bildschirm bleibt schwarz", "monitor sin señal"]),
    ("software", "covered", 90, ["software installation request", "please install software", "need a program installed",
        "install request for Visio", "can I get an app installed"]),
    ("shared-folder", "covered", 90, ["no access to shared drive", "shared folder access denied", "network drive missing",
        "need access to department folder", "S drive disappeared"]),
    ("phishing", "covered", 50, ["suspicious email received", "phishing email?", "is this a scam email",
        "reporting a phishing mail", "strange email with link"]),
    ("mfa", "covered", 70, ["MFA not working", "authenticator not sending codes", "no MFA prompt on phone",
        "new phone need authenticator moved", "2FA code not received", "MFA ne radi", "MFA nem működik",
        "no me llega el código MFA"]),
    ("password-expired", "covered", 40, ["password expired", "password has expired", "expired password cannot login",
        "lozinka je istekla", "Passwort abgelaufen"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "OneDrive stuck syncing", "onedrive sync error"]),
    ("teams-audio", "covered", 50, ["no audio in Teams", "Teams microphone not working", "can't hear anyone on Teams",
        "Teams headset problem"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key", "BitLocker screen at startup", "laptop asking for bitlocker"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop not charging", "laptop won't start",
        "portátil no enciende", "laptop se ne pali", "Laptop startet nicht"]),
    ("badge", "covered", 40, ["staff door pass not working", "security pass won't open door", "my access card stopped working"]),
    ("restore", "covered", 35, ["restore deleted file", "accidentally deleted a folder", "need an older version of a file"]),
    ("acrobat", "covered", 40, ["PDF won't open", "Adobe Reader crashing", "can't open PDF files"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("key-encoder", "gap", 100, ["key card encoder not working", "guest key cards not encoding", "room keys won't cut",
        "encoder says card write error", "guest keys stop working after checkin", "KEY ENCODER OFFLINE",
        "new guest cards not opening rooms"]),
    ("night-audit", "gap", 90, ["night audit failed", "night audit stuck", "night audit won't run", "end of day roll failed",
        "night audit report missing", "NIGHT AUDIT ERROR"]),
    ("channel-rates", "gap", 80, ["rates not updating on booking sites", "channel manager not syncing",
        "OTA rates wrong", "room availability not pushing to channels", "channel manager sync error",
        "rates on booking.com not matching"]),
    ("kitchen-display", "gap", 70, ["kitchen display not showing orders", "KDS screen frozen", "orders not reaching kitchen screen",
        "kitchen display blank", "KDS not receiving tickets from tills"]),
    ("guest-folio", "gap", 65, ["guest folio won't print", "folio total wrong", "cannot email folio to guest",
        "folio shows duplicate charges", "split folio not working"]),
    ("loyalty-points", "gap", 60, ["loyalty points not credited", "guest loyalty account missing points",
        "loyalty number not recognised at checkin", "points balance wrong for member", "loyalty enrolment failing"]),
    ("housekeeping-tablet", "gap", 55, ["housekeeping tablet not updating room status", "room status not syncing",
        "housekeeping app shows rooms dirty", "tablets not getting room assignments", "room status board wrong"]),
    ("spa-booking", "gap", 45, ["spa booking double booked", "spa appointments not showing", "treatment booking system down",
        "spa schedule not loading", "can't book spa treatment for guest"]),
]

VAGUE = ["Printer", "Email", "Password", "Wifi", "Computer", "Login", "Phone", "Internet", "Problem", "Help needed",
         "Access", "Error", "Screen"]

ONEOFF_OBJECTS = ["minibar sensor", "room safe", "TV in room", "hotel channel list", "lobby music", "digital signage",
    "lift screen", "pool heater panel", "gym treadmill screen", "luggage trolley tag", "valet ticket printer",
    "parking barrier", "menu board", "wine list template", "banquet order template", "seating plan", "event screen",
    "lectern mic", "projector remote", "flipchart pens", "conference clicker", "laundry scale", "linen tag reader",
    "uniform scanner", "staff canteen screen", "rota printout", "payslip envelope", "tip jar report", "cash drawer",
    "card terminal paper", "receipt printer", "bar scale", "coffee grinder", "ice machine", "walkie talkie",
    "radio charger", "night porter phone", "wake-up call list", "lost property log", "guest survey email",
    "welcome letter", "room directory", "compendium PDF", "concierge tablet", "tour booking sheet",
    "taxi account", "shuttle timetable", "beach towel scanner", "sunbed app", "kids club sign-in",
    "Word template", "Excel pivot", "PowerPoint deck", "email signature", "shared calendar", "Teams channel",
    "SharePoint page", "intranet news", "staff directory", "expense app", "mileage sheet", "mobile phone",
    "SIM swap", "phone charger", "laptop bag", "headset", "USB drive", "label maker", "keyboard", "mouse",
    "desk fan", "chair", "locker key", "name badge printer", "training module", "induction video", "newsletter"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question", "missing", "needs replacing", "error", "won't load",
    "request", "issue", "out of date", "wrong", "too slow", "won't start", "can't find", "how to", "need access",
    "disappeared", "won't save", "faulty", "set up", "replace please", "update needed", "greyed out", "incorrect",
    "stuck", "flickering", "beeping", "upside down", "in wrong language"]
ONEOFF_FREE = [
    "who updates the lift screen menus", "can the bar have a second card reader", "need longer cable for lectern",
    "wake-up call list prints twice", "which form for a seasonal worker laptop", "lobby clock one hour behind",
    "can spa reception get a headset", "night porter phone display cracked", "where are scanned invoices kept",
    "please move my desk phone to level 2", "need a plug adapter for the UK trip", "laundry scale needs new batteries",
    "projector in conference wing is blurry", "who looks after the menu boards", "order more name badge cards",
    "seasonal staff need lockers",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "Odg: "), (0.08, "VS: "), (0.10, "HITNO: "), (0.13, "[{plant}] "),
                  (0.15, "{person}: "), (0.17, "EMP#{id7} "), (0.19, "Room {line}0{num} - ")]
NOISE_SUFFIXES = [(0.05, " - {person}"), (0.07, " [{netid}]"), (0.09, " ext. {ext}"), (0.12, " @ {bldg}"),
                  (0.15, " at {plant}"), (0.17, " lvl {line}"), (0.19, " EMP#{id7}"), (0.21, " - urgent!!"),
                  (0.22, " ?"), (0.24, " - call me back"), (0.26, " (reported by {first} {last})"),
                  (0.28, " / {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "One-time code confirmed: {otp}.",
    "guest read out code {otp_spaced}",
    "verification pin {otp} matched",
    "Reset to temporary {password}",
    "new password is {password} until first login",
    "she already tried {password}",
    "temp pw = {password}",
    "Best regards,\n{first} {last}\nNight Manager, {dept}",
    "user {USERID} locked again",
    "please unlock {USERID}",
    "login ({USERID}) disabled by HR",
    "{first} {last} ({USERID}) on {ws2}",
    "private mail {email_obf}",
    "contact {email}",
    "mob {phone_nat}",
    "reach me at {phone_intl}",
    "send it to {address_x}",
    "post to {address_eu}",
    "home address {address_us}",
    "ATTN {FIRST} {LAST}",
    "GM {last} is asking",
    "cc {first} {last}",
    "{first_plain} from {dept} is waiting",
    "Employee no. {id7}",
    "staff code {id_alnum}",
    "badge {id7} rejected",
    "paid with {card}",
    "device {ws2} mac {mac2}",
    "blocked address {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Printed on Halcyon Bay letterhead.", "Halcyon Bay"),
    ("building", "Screen in the Marlin Ballroom.", "Marlin Ballroom"),
    ("place", "Transfer from Split airport.", "Split"),
    ("product", "The Vega S2 encoders are old.", "Vega S2"),
    ("team", "Assigned to Team Osprey.", "Team Osprey"),
    ("category", "Category: Housekeeping, Banqueting, Minibar", "Banqueting, Minibar"),
    ("version", "PMS client 7.12.0.44 installed.", "7.12.0.44"),
    ("error_code", "Terminal shows error HB-4410.", "HB-4410"),
    ("server_name", "Data on HBH-FS-07.", "HBH-FS-07"),
    ("role_email", "Forward to itsupport@halcyonbay.example.com please.", "itsupport@halcyonbay.example.com"),
    ("asset_tag", "Asset HBH-IT-008812 under the desk.", "HBH-IT-008812"),
    ("ticket_ref", "See INC0913377.", "INC0913377"),
    ("place", "Guests arrive from Dubrovnik.", "Dubrovnik"),
    ("product", "Two Aurora Hub docks ordered.", "Aurora Hub"),
    ("place", "She moved to Szeged.", "Szeged"),
]

PHONES_INTL = ["+385 21 555 014", "+36 1 555 0163", "+370 5 255 0123", "+351 21 555 0198", "+66 2 555 0147",
               "+251 11 555 0132", "+421 2 5550 1234", "+371 6755 0123", "+44 20 7946 0321", "+1 305 555 0177"]
PHONES_NATIONAL = ["021 555 014", "06 1 555 0163", "(85) 255 0123", "21 555 0198", "02 555 0147", "07700 900 441"]
ADDRESSES_EU = ["Ilica 45, 10000 Zagreb", "Andrássy út 12, 1061 Budapest", "Gedimino pr. 9, LT-01103 Vilnius",
                "Rua do Ouro 120, 1100-063 Lisboa", "Obchodná 18, 811 06 Bratislava",
                "Flat 2, 9 Harbour Street, Brighton BN1 1AA"]
ADDRESSES_US = ["1200 Brickell Ave Apt 1804, Miami, FL 33131", "88 Pine St Suite 500, Seattle, WA 98101",
                "PO Box 4410, Austin, TX 78701", "615 Canal St, New Orleans, LA 70130"]
ADDRESSES_OTHER = ["Brīvības iela 33, Rīga, LV-1010", "Sukhumvit Soi 11, Bangkok 10110", "Bole Road, Addis Ababa",
                   "Marszałkowska 10, 00-590 Warszawa", "Mariahilfer Straße 77, 1060 Wien",
                   "Gran Vía 28, 28013 Madrid"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Pozdrav,", "Szia,", "Hello team,", "Hi IT,", "Good evening,", "Labas,", "Dear {first},"]
RICH_SIGNOFFS = ["Thanks\n{first}", "Best,\n{first} {last}\n{dept}", "Cheers - {first}",
                 "Üdvözlettel\n{first} {last}", "--\n{first} {last} | Duty Manager | {phone_intl}",
                 "Regards\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called front desk, no answer.", "Remote session started.", "Guest-facing, prioritised.",
                 "Waiting for user to confirm.", "Sent to PMS vendor.", "Reminder sent.",
                 "Escalated to on-site engineer.", "Left a message.", "User on night shift, will retry.",
                 "Spoke to duty manager."]
RICH_GENERIC_NOTES = ["Fixed over the phone.", "No response, closed.", "Done.", "Confirmed working.",
                      "Closed - no further action.", "Working again."]
RICH_ONEOFF_BODIES = ["Can someone check the {thing}? It has been odd since Monday.",
                      "Who is in charge of the {thing}?",
                      "The {thing} at our property needs looking at.",
                      "Please sort the {thing} before the group arrives."]

RICH_TOPICS = [
    ("wifi", "covered", 380,
     ["wifi not working", "wireless disconnecting", "no wifi connection"],
     ["The staff wireless drops every few minutes in the back office.",
      "My laptop does not see any wireless network on level 2.",
      "Wifi shows connected but no web pages load."],
     ["Wireless profile removed and added again; driver updated.",
      "Access point rebooted by networks.", "Adapter reset; connection stable."]),
    ("printer", "covered", 240,
     ["printer offline", "printer not printing", "print jobs stuck"],
     ["The back office printer shows offline and prints nothing.",
      "Jobs sit in the queue with an error.", "Nobody at reception can print this morning."],
     ["Queue cleared, spooler restarted.", "Printer power-cycled.", "Printer re-added on the PC."]),
    ("lockout", "covered", 160,
     ["account locked", "locked out", "locked out again"],
     ["My account got locked after a few wrong passwords.",
      "I am locked out of Windows every Monday morning.",
      "Windows tells me the account is locked."],
     ["Account unlocked; stale password removed from the phone.", "Unlocked and signed in."]),
    ("key-encoder", "gap", 150,
     ["key encoder not working", "guest keys not encoding", "room key cards failing"],
     ["The key card encoder at reception gives a write error for every guest card.",
      "Guest room keys we encode stop opening doors after an hour.",
      "The encoder is offline and we cannot cut keys for arrivals."],
     ["Encoder service restarted on the front office PC.", "Encoder re-paired with the lock server.",
      "Blank card batch replaced; encoding works."]),
    ("night-audit", "gap", 120,
     ["night audit failed", "night audit stuck", "end of day not finishing"],
     ["The night audit stops at the posting step and the business date does not roll.",
      "Night audit ran but the reports are missing this morning.",
      "End of day keeps failing with an error about open folios."],
     ["Open cashier sessions closed, audit rerun.", "Audit job restarted by the vendor.",
      "Business date rolled manually after the fix."]),
    ("channel-rates", "gap", 90,
     ["rates not syncing to channels", "channel manager error", "OTA availability wrong"],
     ["Our rates on the booking sites have not changed since yesterday.",
      "The channel manager shows a sync error for every room type.",
      "Sold-out dates still show availability online."],
     ["Channel mapping corrected for the new room type.", "Rate push job restarted.",
      "Channel credentials renewed."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops"],
     ["GlobalProtect will not connect from home.", "The VPN connects and drops after a minute."],
     ["Gateway changed; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox over limit"],
     ["Outlook says my mailbox is full and I cannot send.", "I got a warning that my mailbox is too big."],
     ["Old mail archived.", "Showed how to empty the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive missing", "folder access denied"],
     ["The department drive has disappeared from my PC.", "Access denied on the revenue folder."],
     ["Drive mapped again.", "Access granted by the folder owner."]),
    ("teams-audio", "covered", 60,
     ["no audio in Teams", "Teams mic not working"],
     ["Nobody hears me in Teams meetings.", "Teams plays through the speakers, not my headset."],
     ["Headset chosen in Teams settings.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need older version"],
     ["I deleted a spreadsheet on the shared drive, can it come back?",
      "I saved over a file, is there an earlier copy?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
