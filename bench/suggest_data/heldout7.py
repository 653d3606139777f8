"""SEVENTH HELD-OUT phrasing bank (v7): FROZEN. Written and committed before any tuning of the seventh
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional regional water and wastewater utility ("Fenmoor Water": treatment works, pumping
stations, a laboratory, a contact centre, field crews in vans, depots in three counties and a
shared-service office abroad) instead of a university, retailer, manufacturer, council, shipping
company, law firm or hotel group. Its own systems (billing, field work orders, meter-reading
handhelds, GIS, laboratory samples, fleet tracking, street-works permits), staff numbers written
"FW/" plus digits, placeholder and closure habits of yet another desk ("n/a", "(no subject)",
"xx", "query", "logged for stats", "requester withdrew"), machine mail of shapes no earlier bank
used (scheduler and cron mail, SLA timers, paging triggers, SNMP traps, syslog digests, read
receipts, recalls, tentative calendar answers, auto-replies in other languages, password-expiry
notices a directory sends, update compliance reports), printer status of other shapes (waste
toner, empty trays, meter submissions, usage summaries, staple cartridges), forms with "|",
"=" and em-dash separators, names of other languages (Finnish, Vietnamese, Japanese, Russian,
Ghanaian, Filipino, Maori, Icelandic), generic password, lockout, MFA and expiry requests
phrased many ways and written in MANY languages and scripts (Cyrillic, CJK without spaces,
Arabic, Hebrew, Devanagari, Thai, Korean, Vietnamese with its marks, Finnish, Swedish, Dutch,
Romanian, Indonesian, Italian) and mixed with English, covered DEVICE and NETWORK topics written
the same way, and eight gap topics whose words the evaluation KB lacks or uses in another sense
(a "handheld" is no phone, a "permit" no access request, a "tracker" no tracking of tickets, a
"bill run" no invoice the KB knows). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a depot bay or floor number.
"""

ORG = "Fenmoor Water"
DOMAIN = "fenmoorwater.example.net"
START = "2023-10-02"
DAYS = 31
OUTLIER_DATES = ("2009-07-14 11:00:00", "2027-12-31 23:59:00", "2019-01-01 00:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Aino Eero Juhani Sanna Minh Thu Quang Linh Haruto Yui Sota Aoi Dmitri Olga Sergei Yulia Kwame
Ama Kofi Efua Maricel Jomar Rowena Aroha Tane Mere Sigrun Gunnar Bjarki Hekla Ngoc Anh Oksana Kenji
Grace Faith Hunter Sky""".split()

LAST_NAMES = """Virtanen Korhonen Mäkinen Nieminen Nguyen Tran Pham Hoang Sato Takahashi Watanabe Ivanov
Smirnova Kuznetsov Mensah Owusu Asante Boateng Dela Cruz Reyes Bautista Ngata Parata Tipene Jónsdóttir
Guðmundsson Sigurðsson Baker Mason Carter Wood Hill""".split()

APPS = ["Aquabill", "Fieldwise", "Meterpad", "Pipemap", "Labtrace", "Fleetlink", "Permitly", "Hydrolog",
        "Tarifo", "Crewdesk", "Sludgetrack", "Paymate"]

DEPTS = ["Customer Contact", "Billing", "Networks", "Treatment", "Laboratory", "Field Operations",
         "Asset Planning", "Fleet", "Finance", "HR", "Health and Safety", "Capital Delivery"]
BUILDINGS = ["Control room", "Lab block", "Depot yard", "Contact centre floor 1", "Workshop",
             "Training suite", "Main reception", "Sludge centre"]
PLANTS = ["Redfen works", "Marshgate depot", "Ouse Bank pumping station", "Kingsmere lab", "Head office Ely",
          "Shared service centre Manila"]
PLANT_CODES = ["FNW", "RDF", "MSG", "KGM"]
ID_PREFIXES = ["FW/", "CNT", "WO"]
SENDERS = ["scheduler", "cron", "sla-timer", "pager", "snmptrapd", "wsus-report"]
HOST_PARTS = ["rdf-scada", "msg-fs", "kgm-lims", "fnw-sql", "fnw-app", "ely-dc", "msg-wlc", "fnw-citrix",
              "rdf-hist", "ely-mail"]
SERVICES = ["AquabillBatch", "LimsBroker", "MSSQLSERVER", "CitrixBroker", "Spooler", "HistorianSvc"]
JOBS = ["BILL_RUN_D", "WO_SYNC_MOBILE", "METER_IMPORT", "GIS_NIGHTLY_TILE", "FLEET_POS_LOAD", "AP_PAYMENT_FILE"]
PRINTER_MODELS = ["Konica Minolta bizhub C451i", "Sharp MX-3071", "Brother MFC-L9570CDW", "Kyocera ECOSYS M8130cidn",
                  "HP Color LaserJet Flow E87660"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["n/a", "N/A", "xx", ".", "(no subject)", "no subject", "query", "general query", "ticket",
                "incident", "call logged", "logged for stats", "stats only", "resolved at first contact",
                "closed per caller", "requester withdrew", "withdrawn", "logged twice", "same as {id7}",
                "see INC{id7}", "caller rang off", "dropped call", "no answer on callback", "emailed user",
                "awaiting info", "update from {first}", "{first} rang", "{FIRST} {LAST}", "{last}, {first}",
                "re {person}", "for info", "per earlier call", "nothing further", "duplicate ticket",
                "Kein Betreff", "sin asunto", "self resolved", "user sorted it"]
TESTS = ["zzz test", "please disregard - testing routing", "test from new portal", "testing 1 2 3", "trial ticket",
         "tset", "test ignore", "TESTING TESTING", "new form test {num}", "test for {first}", "dummy ticket",
         "routing check - ignore", "test raised via chat", "sandbox test", "testiing"]
ALERTS = [
    "Cron <root@{host}> /opt/scripts/rotate_logs.sh",
    "Cron <oracle@{host}> test -x /usr/sbin/purge && /usr/sbin/purge",
    "[Scheduler] {job} ended NOTOK on {host} (run {id7})",
    "Your scheduled report \"Open work orders by crew\" is ready",
    "SLA warning: INC{id7} breaches resolution target in {num}0 minutes",
    "SLA breached: INC{id7} (P{num})",
    "PagerDuty: incident #{id7} triggered on {host}",
    "SNMP trap linkDown ifIndex={num}{num} from {host}",
    "Syslog digest {date}: {num}0 messages at severity err",
    "Read: printer for depot",
    "Read: INC{id7}",
    "Recall: meeting notes {date}",
    "Tentative: Asset review @ {date} {time}",
    "Réponse automatique : absent du bureau",
    "Automatische Antwort: Urlaub bis {date}",
    "Respuesta automática: fuera de la oficina",
    "Autosvar: ledig till {date}",
    "Password expiry notice: your password expires in {num} days",
    "Your password will expire soon - change it before {date}",
    "Windows Update compliance {date}: {num}{num} machines pending reboot",
    "Licence pool for {svc} at {pct}% of entitlement",
    "Replication health check: {num} DCs reporting, 0 failures",
]
PRINTER_STATUS = [
    "Waste toner box full ({printer})",
    "{model}: paper tray 2 empty",
    "Meter read submission {date} - {serial}",
    "Print usage summary for {dept} ({date})",
    "Staple cartridge empty on {printer}",
    "{printer} - fuser temperature warning",
    "Supplies order placed automatically for {model} {serial}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-starter", "covered", "Starter form #{id7} | {LAST} {FIRST} | {dept}"),
    ("form-leaver", "covered", "NAME={first} {last}|DEPT={dept}|TYPE=leaver|DATE={date}"),
    ("form-mobile", "form", "Mobile phone request — {person} — {dept}"),
    ("form-contractor", "form", "Contractor access: {first} {last} (FW/{id7}) expires {date}"),
    ("form-ppe", "form", "PPE & van kit order / raised by {person} / depot {plant}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["need password reset", "password reset please", "forgot pw", "PASSWORD RESET", "reset pwd",
                    "new password needed for {first}", "can you reset my password", "I've forgotten my password",
                    "password doesnt work", "pasword reset", "reset password - FW/{id7}", "reset login password {USERID}",
                    "my password stopped working", "password reset for tablet login",
                    "забыл пароль", "сбросить пароль пожалуйста", "パスワードを忘れました", "パスワードリセット",
                    "忘记密码", "重置密码", "비밀번호를 잊어버렸어요", "quên mật khẩu", "đặt lại mật khẩu",
                    "lupa kata sandi", "unohdin salasanani", "salasanan vaihto", "glömt mitt lösenord",
                    "wachtwoord vergeten", "am uitat parola", "ho dimenticato la password", "نسيت كلمة المرور",
                    "שכחתי את הסיסמה", "पासवर्ड भूल गया", "ลืมรหัสผ่าน", "pls reset mi contraseña",
                    "reset parola please", "Passwort reset bitte", "salasana ei toimi"]
APP_PASSWORD = ["{app} password reset", "{app} wont let me log in", "locked out of {app}", "{APP} PASSWORD",
                "{app} login failed", "{app} password not accepted", "reset {app} login pls", "{app} account locked",
                "{app} password expired", "can't sign into {app}", "{app} username or password incorrect",
                "unlock my {app} account"]
LOCKOUT = ["account locked", "locked out", "locked out of windows", "my account is locked", "LOCKED OUT AGAIN",
           "locked out - {person}", "account lockout", "locked out after too many attempts", "unlock account please",
           "учетная запись заблокирована", "アカウントがロックされました", "账户被锁定", "계정이 잠겼습니다",
           "tài khoản bị khóa", "akun saya terkunci", "tili lukittu", "kontot är låst", "account bloccato",
           "contul meu este blocat", "account locked ขอปลดล็อค", "الحساب مقفل", "аккаунт заблокирован, помогите"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other languages and scripts too)
    ("printing", "covered", 180, ["printer won't print", "nothing printing", "printer says offline", "print jobs stuck in queue",
        "PRINTER ERROR", "принтер не печатает", "プリンターが印刷できない", "打印机无法打印", "tulostin ei tulosta",
        "printer werkt niet", "máy in không in được"]),
    ("wifi", "covered", 160, ["wifi keeps dropping", "no wifi signal in depot", "cannot join wireless", "wifi down in lab",
        "WIFI NOT WORKING", "не работает wifi", "Wi-Fiに接続できない", "无线网络连不上", "wifi ei toimi",
        "wifi tidak bisa connect"]),
    ("vpn", "covered", 110, ["vpn wont connect", "VPN disconnects every few minutes", "can't get on VPN from home",
        "vpn error when connecting", "VPN не подключается", "VPNに繋がらない", "VPN 连接不上", "vpn yhteys ei toimi"]),
    ("outlook", "covered", 100, ["outlook not opening", "outlook crashes on start", "Outlook stuck loading profile",
        "outlook not responding", "Outlook не открывается", "Outlookが起動しない"]),
    ("mailbox-full", "covered", 40, ["mailbox full", "my mailbox is over its size limit", "can't send, mailbox full",
        "почтовый ящик переполнен"]),
    ("slow-pc", "covered", 110, ["pc running slow", "laptop very slow", "computer slow to start", "really slow computer",
        "компьютер тормозит", "パソコンが遅い", "电脑很慢", "kone on tosi hidas", "máy tính chạy chậm"]),
    ("monitor", "covered", 70, ["monitor blank", "second monitor not detected", "dock not working",
        "screen no signal", "монитор не показывает", "モニターが映らない"]),
    ("software", "covered", 90, ["install software please", "software request", "need Visio installed",
        "request to install a program", "can you install an app for me"]),
    ("shared-folder", "covered", 90, ["can't access shared drive", "access denied to team folder", "mapped drive gone",
        "need permission on shared folder", "J drive missing"]),
    ("phishing", "covered", 50, ["phishing email reported", "suspicious link in email", "possible scam email",
        "fake invoice email", "is this email phishing"]),
    ("mfa", "covered", 70, ["MFA prompt not appearing", "authenticator app not working", "no 2FA code",
        "moved phone, MFA broken", "MFA code not arriving", "не приходит код MFA", "MFAコードが届かない",
        "收不到验证码", "MFA koodi ei tule", "mã MFA không đến"]),
    ("password-expired", "covered", 40, ["password expired", "my password has expired", "expired password can't log on",
        "пароль истёк", "パスワードの有効期限が切れました", "salasana vanhentunut", "lösenordet har gått ut"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "OneDrive sync errors", "onedrive stuck processing changes"]),
    ("teams-audio", "covered", 50, ["teams no sound", "Teams mic not picking up", "can't hear on teams calls",
        "Teams headset not detected"]),
    ("bitlocker", "covered", 30, ["bitlocker key needed", "bitlocker recovery screen", "laptop wants bitlocker key"]),
    ("laptop-power", "covered", 50, ["laptop won't power on", "laptop not charging", "laptop dead",
        "ноутбук не включается", "ノートPCの電源が入らない", "laptop tidak menyala"]),
    ("badge", "covered", 40, ["door pass not working", "ID badge won't open the door", "access card stopped working"]),
    ("restore", "covered", 35, ["need deleted file restored", "deleted folder by mistake", "restore previous version"]),
    ("acrobat", "covered", 40, ["can't open pdf", "Adobe Acrobat crashes", "PDF files won't open"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("meter-handheld", "gap", 100, ["meter reading handheld won't sync", "handheld upload failed", "meter reads not uploading",
        "handheld stuck on route download", "meter reading device not syncing", "HANDHELD SYNC FAILED",
        "reads missing from handheld"]),
    ("scada-hmi", "gap", 90, ["SCADA screen frozen", "HMI not showing pump status", "scada client won't load",
        "telemetry values not updating on HMI", "SCADA workstation no data", "HMI ALARMS NOT SHOWING"]),
    ("gis-layers", "gap", 80, ["GIS mains layer missing", "map viewer won't load pipes", "GIS layers not displaying",
        "sewer layer missing from map", "GIS map very slow to draw", "can't see valves on GIS"]),
    ("lims-samples", "gap", 70, ["LIMS results not released", "sample barcode not scanning in LIMS",
        "lab results stuck in validation", "LIMS sample login error", "can't print sample labels from LIMS"]),
    ("crew-workorders", "gap", 65, ["work orders not arriving on crew tablet", "job sheets stuck in outbox",
        "work order won't close on tablet", "crew can't see today's jobs", "work orders missing after sync"]),
    ("bill-run", "gap", 60, ["bill run stuck", "customer bills wrong tariff", "bills not generated for route",
        "billing run failed overnight", "bill print file missing"]),
    ("van-tracker", "gap", 55, ["van tracker offline", "vehicle tracking map not updating", "fleet tracker shows wrong location",
        "van not showing on tracking", "tracker unit no GPS"]),
    ("streetworks-permit", "gap", 45, ["street works notice not submitting", "permit portal rejects notice",
        "can't register permit for excavation", "street works permit stuck pending", "permit notice error"]),
]

VAGUE = ["Printer", "Password", "Outlook", "Laptop", "VPN", "Access", "Phone", "Network", "Issue", "Help",
         "Account", "Error", "Email"]

ONEOFF_OBJECTS = ["hydrant map printout", "depot gate intercom", "van radio", "chlorine log sheet", "pump manual PDF",
    "lab fridge logger", "pipette label printer", "flow chart template", "control room clock", "CCTV monitor",
    "site diary app", "PPE order form", "hi-vis size list", "first aid log", "toolbox talk slides",
    "confined space form", "risk assessment template", "permit board", "canteen card reader", "car park barrier",
    "pool car booking", "fuel card", "sat nav", "dashcam", "torch charger", "rain gauge spreadsheet",
    "reservoir level chart", "sample fridge", "desk booking app", "meeting room screen", "visitor badge printer",
    "customer letter template", "tariff leaflet", "complaints log", "call recording", "IVR message",
    "contact centre wallboard", "headset amplifier", "queue stats report", "holiday planner", "timesheet",
    "overtime form", "payslip portal", "pension letter", "training booking", "e-learning module", "intranet page",
    "staff directory", "email signature", "shared calendar", "Teams channel", "SharePoint library", "Excel macro",
    "Word template", "PowerPoint deck", "mobile phone", "SIM card", "phone case", "charger cable", "USB stick",
    "keyboard", "mouse", "webcam", "docking cable", "desk lamp", "chair", "locker", "label maker", "shredder",
    "scanner glass", "franking machine", "post scale", "wall planner", "newsletter"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question", "missing", "needs replacing", "error", "won't load",
    "request", "issue", "out of date", "wrong", "too slow", "won't start", "can't find", "how to", "need access",
    "disappeared", "won't save", "faulty", "set up", "replace please", "update needed", "greyed out", "incorrect",
    "stuck", "flickering", "beeping", "cracked", "in wrong format"]
ONEOFF_FREE = [
    "who owns the reservoir level chart", "can the lab have a second label printer", "need a longer cable for the CCTV",
    "control room clock is five minutes fast", "which form for a graduate's laptop", "depot gate intercom buzzes",
    "can the wallboard show queue times", "where do scanned meter cards go", "move my desk phone to floor 1",
    "need a travel adapter for Manila", "franking machine needs ink", "toolbox talk slides out of date",
    "who updates the tariff leaflet", "order more visitor badges", "seasonal meter readers need logins",
    "canteen card reader beeps twice",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "AW: "), (0.06, "SV: "), (0.08, "TR: "), (0.10, "[EXT] "), (0.13, "{plant}: "),
                  (0.15, "{person} / "), (0.17, "FW/{id7} "), (0.19, "Bay {line} - ")]
NOISE_SUFFIXES = [(0.05, " -- {person}"), (0.07, " <{netid}>"), (0.09, " tel {ext}"), (0.12, " in {bldg}"),
                  (0.15, " ({plant})"), (0.17, " floor {line}"), (0.19, " FW/{id7}"), (0.21, " ASAP"),
                  (0.22, " ??"), (0.24, " (sent from mobile)"), (0.26, " for {first} {last}"),
                  (0.28, " | {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "code from the text was {otp}",
    "he read me the numbers {otp_spaced}",
    "auth code {otp} entered ok",
    "temp password set to {password}",
    "gave her {password} for first logon",
    "he said he had used {password} before",
    "pwd now {password}",
    "Many thanks,\n{first} {last}\nShift Lead, {dept}",
    "account {USERID} locked twice today",
    "unlock user {USERID} pls",
    "({USERID}) suspended after leave",
    "{first} {last} ({USERID}) using {ws2}",
    "personal address {email_obf}",
    "email me on {email}",
    "mobile {phone_nat}",
    "call on {phone_intl}",
    "deliver to {address_x}",
    "ship to {address_eu}",
    "lives at {address_us}",
    "FAO {FIRST} {LAST}",
    "supervisor {last} approved",
    "copying {first} {last}",
    "{first_plain} in {dept} needs it",
    "staff number {id7}",
    "contractor ref {id_alnum}",
    "pass {id7} refused at gate",
    "card used {card}",
    "laptop {ws2} with MAC {mac2}",
    "source IP {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Letter on Fenmoor Water headed paper.", "Fenmoor Water"),
    ("building", "Projector in the Heron Room.", "Heron Room"),
    ("place", "Crew sent to King's Lynn.", "King's Lynn"),
    ("product", "The Orion T4 loggers are failing.", "Orion T4"),
    ("team", "Passed to Team Kingfisher.", "Team Kingfisher"),
    ("category", "Category: Networks, Telemetry, Fleet", "Telemetry, Fleet"),
    ("version", "Client 11.4.2.907 installed.", "11.4.2.907"),
    ("error_code", "Handheld shows code FW-2207.", "FW-2207"),
    ("server_name", "Files on FNW-FS-03.", "FNW-FS-03"),
    ("role_email", "Copy servicedesk@fenmoorwater.example.net in.", "servicedesk@fenmoorwater.example.net"),
    ("asset_tag", "Asset FNW-IT-004417 at the depot.", "FNW-IT-004417"),
    ("ticket_ref", "Linked to INC0774120.", "INC0774120"),
    ("place", "Sample taken at Wisbech.", "Wisbech"),
    ("product", "Three Atlas Dock units on order.", "Atlas Dock"),
    ("place", "She moved to Tampere.", "Tampere"),
]

PHONES_INTL = ["+358 40 555 0123", "+84 28 5555 0142", "+81 3 5555 0199", "+7 495 555 01 23", "+233 30 255 0174",
               "+63 2 8555 0166", "+64 9 555 0133", "+354 555 0148", "+44 1223 555 014", "+1 617 555 0190"]
PHONES_NATIONAL = ["040 555 0123", "028 5555 0142", "03-5555-0199", "8 (495) 555-01-23", "01223 555014", "07700 900 873"]
ADDRESSES_EU = ["Mannerheimintie 12 B 7, 00100 Helsinki", "Laugavegur 22, 101 Reykjavík",
                "Kungsgatan 8, 111 43 Stockholm", "Keizersgracht 210, 1016 DZ Amsterdam",
                "Strada Lipscani 15, 030031 București", "14 Priory Road, Ely CB7 4DL"]
ADDRESSES_US = ["455 Commonwealth Ave Apt 3, Boston, MA 02215", "2100 Lakeshore Dr Unit 12B, Chicago, IL 60614",
                "PO Box 771, Boise, ID 83702", "39 Elm Street, Portland, ME 04101"]
ADDRESSES_OTHER = ["ул. Тверская, д. 7, кв. 15, Москва, 125009", "12 Ly Thuong Kiet, Hoan Kiem, Hà Nội",
                   "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002", "Oxford Street, Accra", "Ayala Avenue 6750, Makati City",
                   "Queen Street 101, Auckland 1010"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hei,", "Xin chào,", "Morning all,", "Hi service desk,", "Kia ora,", "Здравствуйте,", "Dear {first},"]
RICH_SIGNOFFS = ["Ta\n{first}", "Kind regards,\n{first} {last}\n{dept}", "Thanks - {first}",
                 "Terveisin\n{first} {last}", "--\n{first} {last} | Network Technician | {phone_intl}",
                 "Best\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang the depot, no answer.", "Remote control session opened.", "Customer-impacting, raised priority.",
                 "Waiting on the crew to confirm.", "Sent to the vendor.", "Chased by email.",
                 "Assigned to field engineer.", "Voicemail left.", "User on shift, will call tomorrow.",
                 "Spoke to team leader."]
RICH_GENERIC_NOTES = ["Sorted on the call.", "No reply, closing.", "Fixed.", "User confirmed OK.",
                      "Closed - nothing further.", "Back working."]
RICH_ONEOFF_BODIES = ["Could someone look at the {thing}? It has not been right this week.",
                      "Who looks after the {thing}?",
                      "The {thing} at our depot needs attention.",
                      "Please fix the {thing} before the audit."]

RICH_TOPICS = [
    ("wifi", "covered", 380,
     ["wifi dropping", "no wireless", "wifi not connecting"],
     ["The wireless in the depot cuts out every few minutes.",
      "My laptop cannot find the staff wireless on floor 1.",
      "Wifi says connected but nothing loads."],
     ["Wireless profile re-added; driver updated.", "Access point restarted by networks.",
      "Adapter reset; connection holds."]),
    ("printer", "covered", 240,
     ["printer offline", "printer not printing", "jobs stuck in print queue"],
     ["The lab printer is offline and prints nothing.",
      "My jobs sit in the queue with an error.", "Nobody on the contact centre floor can print."],
     ["Queue cleared and spooler restarted.", "Printer power-cycled.", "Printer added again on the PC."]),
    ("lockout", "covered", 160,
     ["account locked", "locked out", "locked out again"],
     ["My account locks after a couple of wrong passwords.",
      "I keep getting locked out of Windows on Mondays.",
      "Windows says the account is locked."],
     ["Account unlocked; old password removed from the phone.", "Unlocked; user signed in."]),
    ("meter-handheld", "gap", 150,
     ["meter handheld not syncing", "handheld upload failed", "meter reads not uploading"],
     ["My meter reading handheld will not upload the day's reads at the depot.",
      "The handheld gets stuck downloading tomorrow's route.",
      "Reads taken this morning are missing from the billing side."],
     ["Handheld cradle replaced; reads uploaded.", "Route file re-sent from the meter system.",
      "Handheld re-enrolled and synced."]),
    ("scada-hmi", "gap", 120,
     ["SCADA screen frozen", "HMI no data", "telemetry not updating"],
     ["The SCADA client in the control room froze and shows old pump values.",
      "HMI shows no alarms although the site has a fault.",
      "Telemetry readings on the HMI stopped updating an hour ago."],
     ["Historian service restarted.", "SCADA client reconnected to the server.",
      "Outstation comms link reset by telemetry team."]),
    ("van-tracker", "gap", 90,
     ["van tracker offline", "tracking map not updating", "vehicle location wrong"],
     ["My van does not show on the tracking map since Tuesday.",
      "The fleet tracker puts the van in the wrong county.",
      "Tracking unit shows no GPS fix."],
     ["Tracker unit power cycled by fleet.", "Unit replaced by the installer.",
      "Tracking account re-linked to the van."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops"],
     ["VPN will not connect from home.", "The VPN connects and drops after a minute."],
     ["Gateway changed; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox over limit"],
     ["Outlook says my mailbox is full and I cannot send.", "I got a warning my mailbox is too large."],
     ["Old mail archived.", "Showed how to clear the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive missing", "folder access denied"],
     ["The team drive vanished from my PC.", "Access denied on the billing folder."],
     ["Drive mapped again.", "Access given by folder owner."]),
    ("teams-audio", "covered", 60,
     ["no audio in Teams", "Teams mic not working"],
     ["People cannot hear me in Teams.", "Teams plays through the speakers not my headset."],
     ["Headset selected in Teams.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need older version"],
     ["I deleted a workbook on the shared drive, can it be restored?",
      "I saved over a file, is there an earlier version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
