"""EIGHTEENTH HELD-OUT phrasing bank (v18): FROZEN. Written by a separate helper who never read kbgen's
rule code, before round 18's tuning; the tuners never see it; its aggregate figures are looked at
once, after the round's merge.

A fictional industrial bakery and café chain ("Pomarelle-Okonjo Bakehouses": a central bakehouse with
tunnel and deck ovens, proofing rooms, flour silos, cold rooms, a delivery-van fleet, cafés with
click-and-collect and a loyalty app, and franchise bakeries in Portugal, Poland, Vietnam, Mexico,
Nigeria, Lebanon, Sweden, Greece, Indonesia and Quebec) instead of any sector an earlier bank used.
Its own systems (oven profile control, recipe scaling, allergen pack labels, van route planning, the
customers' loyalty app, cold-room temperature loggers, click-and-collect orders, flour silo levels),
staff numbers written "POB" plus digits, "K-" plus digits and "BH#" plus digits; the closure habits of
one more desk in its own words and languages ("já tratado", "załatwione", "đã xử lý", "ya quedó",
"ó ti parí", "تم", "klart", "έγινε", "sudah beres", "c'est réglé", "shop floor issue, not IT",
"caller hung up before the beep"), subjects that carry a caller's name alone ("Call from {FIRST}
{LAST}", "{person}", "re {first}") and names in prefixes, suffixes and the middle of subjects in every
case, trial tickets of other shapes, machine mail from monitoring tools earlier banks did not use
(Dynatrace problem notifications, Site24x7, ManageEngine OpManager, Netdata, Monit, Sentry,
Healthchecks.io, New Relic, SolarWinds, oven and cold-room controllers), out-of-office replies in
Portuguese, Polish, Vietnamese, Spanish, Yoruba, Arabic, Swedish, Greek, Indonesian and Québécois
French, printer status of other shapes, form templates (allergen change requests, van damage reports,
café opening-hours changes, catering orders, seasonal starters with a name), generic password,
lockout, MFA and expiry requests written with new verbs and images ("my password died", "the PC
won't recognise me", "kicked out of my account", "keys to my login are gone") and those languages,
covered device and network topics written the same way, and eight gap topics whose words the
evaluation KB lacks or uses in another sense (an "oven profile" is no user profile, a "label" is an
allergen pack label, a "route" is a van's, "points" are a customer's, "temperature" is a cold room's,
an "order" is a customer's click-and-collect, a "level" is a flour silo's, a "recipe" is scaled in
kilograms; some gap subjects mention a login or a password although the problem is not signing in).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a bakehouse or café, ``{line}`` an oven or cold-room number.
"""

ORG = "Pomarelle-Okonjo Bakehouses"
DOMAIN = "pomarelle-okonjo.example.net"
START = "2033-02-06"
DAYS = 41
OUTLIER_DATES = ("1984-08-08 08:08:00", "2066-06-06 06:06:06", "2000-02-02 02:02:02", "1995-12-31 23:45:00",
                 "2088-03-03 03:03:03", "2012-07-07 07:07:07")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Gonçalo Inês Rui Leonor Tiago Małgorzata Wojciech Agnieszka Przemysław Jadwiga Thảo Minh Quang Ngọc Huyền
Guadalupe Eréndira Rodrigo Ximena Tlaloc Adebayo Folasade Olumide Temitope Ifeoluwa Rania Ziad Nour Hassan Maroun
Elin Bengt Saga Linnéa Göran Eleni Stavros Dimitra Vasilis Kyriaki Wulan Bayu Sekar Dimas Ratna Étienne Mireille
Jean-Guy Gabrielle Sébastien""".split()
LAST_NAMES = """Magalhães Sarmento Vilaça Ferreira-Lobo Brzęczek Wróblewska Szczepaniak Kowalczyk-Nowak Pham Trịnh Lê-Hoàng
Đặng Ruiz-Tagle Xicoténcatl Bañuelos Cervantes-Ibarra Adeyemi Ogunleye Babatunde Adebisi-Cole Haddad Khoury Nasrallah
Abi-Saab Sjöberg Lindahl Nyqvist Åkesson Papadakis Georgiou Karamanlis-Pappa Tsoukalas Wibisono Setiawan Pratama
Kusumawardani Tremblay Gagnon-Roy Bouchard Lévesque""".split()

APPS = ["OvenLink", "Recepta", "AllerLabel", "VanRoute", "CrumbsClub", "FrostLog", "PreOrder", "SiloWatch",
        "ShiftBake", "TillPro"]
DEPTS = ["Bakehouse Production", "Proofing", "Packing & Labels", "Van Fleet", "Cafés", "Quality & Food Safety",
         "Franchise Support", "Purchasing", "Customer Care", "Finance"]
BUILDINGS = ["Bakehouse Hall", "Proofing Wing", "Packing Hall", "Van Depot", "Flour Silo Yard", "Cold Store",
             "Head Office", "Training Kitchen"]
PLANTS = ["Porto bakehouse", "Kraków bakery", "Hội An café", "Puebla bakehouse", "Lagos café", "Beirut bakery",
          "Göteborg café", "Thessaloniki bakehouse", "Yogyakarta bakery", "Montréal café", "central bakehouse"]
PLANT_CODES = ["OPO", "KRK", "HOI", "PBC", "LOS", "BEY", "GOT", "SKG", "JOG", "YUL", "CBH"]
ID_PREFIXES = ["POB", "K-", "BH#"]
SENDERS = ["dynatrace", "site24x7", "opmanager", "netdata", "monit", "sentry", "frostlog-ctl"]
HOST_PARTS = ["opo-oven", "krk-till", "hoi-ap", "pbc-silo", "los-kiosk", "bey-nvr", "got-sw", "skg-lbl", "jog-fs",
              "yul-pos"]
SERVICES = ["OvenBridge", "RouteSync", "LabelQueue", "OrderHub", "LoggerGate", "SiloFeed"]
JOBS = ["NIGHTLY_RECIPE_EXPORT", "ROUTE_PLAN_0400", "ALLERGEN_MATRIX_SYNC", "LOYALTY_POINTS_BATCH", "HACCP_LOG_ARCHIVE",
        "PREORDER_SETTLEMENT"]
PRINTER_MODELS = ["Ricoh IM C3010", "Epson WorkForce Pro WF-C879R", "Canon imageRUNNER C3226i", "Xerox VersaLink C415",
                  "Bizerba GLP-I label printer"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["shop floor issue, not IT", "caller hung up before the beep", "já tratado", "ver pedido anterior",
                "załatwione", "jak wyżej", "đã xử lý", "như trên", "ya quedó", "igual que el anterior", "ó ti parí",
                "bí ti tẹ́lẹ̀", "تم", "نفس الموضوع", "klart", "se ovan", "έγινε", "όπως πριν", "sudah beres", "sama seperti sebelumnya",
                "c'est réglé", "voir plus haut", "(sem assunto)", "(brak tematu)", "(không có tiêu đề)", "(sin asunto)",
                "(ingen ämne)", "(χωρίς θέμα)", "(tanpa subjek)", "(aucun objet)", "~", "..", "zzz", "ok ok",
                "{person}", "Call from {FIRST} {LAST}", "{LAST} {first}", "re {first}", "rang - {last}", "{first} again",
                "voicemail from {person}", "for {first} {last}", "baker asked about flour delivery times",
                "customer wanted a cake order, sent to café", "misrouted from the van depot", "thanks!!", "obrigado",
                "dziękuję", "cảm ơn", "gracias", "e se", "شكرا", "tack", "ευχαριστώ", "terima kasih", "merci bien"]
TESTS = ["teste teste {num}", "test zgłoszenia proszę usunąć", "thử nghiệm {num}", "prueba {num}{num}", "idanwo",
         "اختبار", "provärende", "δοκιμή {num}", "uji coba tiket", "essai billet {num}", "inbound mail check - disregard",
         "portal form shakedown", "TEST-TEST-TEST", "tst {num}{num}{num}", "ignore: queue routing trial"]
ALERTS = [
    "Dynatrace problem P-{num}{num}{num}{num}: Response time degradation on {svc}",
    "Dynatrace problem closed: Failure rate increase on {host}",
    "[Site24x7] {host} is Down - Reason: Connection timed out",
    "[Site24x7] {host} is Up again after {num} minutes",
    "OpManager Alarm: {host} Interface Gi0/{num} is down",
    "OpManager Alarm cleared: CPU utilization on {host} is {pct}%",
    "Netdata alert: {host} disk_space._ at {pct}% (critical)",
    "Netdata: {host} ram_in_use raised to WARNING",
    "monit alert -- Does not exist {svc} on {host}",
    "monit alert -- Resource limit matched {host} cpu usage {pct}%",
    "[Sentry] PreOrder - TypeError: Cannot read properties of undefined",
    "[Sentry] New issue in CrumbsClub-ios: NullPointer in PointsView",
    "Healthchecks.io: {job} is DOWN (last ping {ts})",
    "Healthchecks.io: {job} is UP",
    "New Relic: Critical violation - Apdex < 0.{num} on {svc}",
    "SolarWinds: Node {host} went down at {ts}",
    "[FrostLog] Cold room {line} temperature {num}.{num} °C above limit since {ts}",
    "[FrostLog] Logger {serial} battery low",
    "[OvenLink] Oven {line} zone {num} over-temperature trip {ts}",
    "[OvenLink] Tunnel oven belt speed deviation {pct}%",
    "[SiloWatch] Silo {line} level sensor no signal",
    "Certificado de {host}.{domain} expira em {num} dias",
    "Resposta automática: ausente até {date}",
    "Odpowiedź automatyczna: jestem na urlopie do {date}",
    "Trả lời tự động: tôi nghỉ phép đến {date}",
    "Respuesta automática: fuera de la oficina hasta el {date}",
    "Èsì aládàáṣe: mi ò sí ní ọ́fíìsì títí di {date}",
    "رد تلقائي: خارج المكتب حتى {date}",
    "Autosvar: ledig till och med {date}",
    "Αυτόματη απάντηση: εκτός γραφείου έως {date}",
    "Balasan otomatis: cuti sampai {date}",
    "Réponse automatique : en congé jusqu'au {date}",
]
PRINTER_STATUS = [
    "{printer}: Magenta toner nearly empty ({pct}%)",
    "[{model}] maintenance kit due",
    "{model} at {bldg}: drum unit replace soon",
    "Scan from {printer} sent {time}",
    "{printer}: paper tray {num} open",
    "Meter reading {model} s/n {serial}",
    "{printer} low on label roll",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-allergen-change", "form", "Allergen change request :: {plant} :: product {id7} :: {date}"),
    ("form-van-damage", "form", "Van damage report VD{id7} - van {num}{num} - {ts}"),
    ("form-cafe-hours", "form", "Café opening hours change / {plant} / from {date}"),
    ("form-catering-order", "form", "Catering order CO-{id7} ({num}{num} pax, {date})"),
    ("form-seasonal-starter", "form", "Seasonal baker starting: {FIRST} {LAST} - {plant} - {date}"),
    ("form-uniform-apron", "form", "Apron & uniform request for {person} (size {num})"),
    ("form-new-starter-it", "covered", "New starter IT kit: {person} - {dept} - starts {date} - POB{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["my password died", "password died over the weekend", "the PC won't recognise me any more",
                    "keys to my login are gone", "forgot the password again, sorry!!", "need a fresh password please",
                    "password??", "Pasword doesnt go thru", "passowrd reset pls", "can't remember my pass after leave",
                    "what's my password, new baker", "it keeps telling me wrong password", "password not taking",
                    "esqueci a senha", "preciso de nova senha", "zapomniałam hasła", "reset hasła proszę",
                    "quên mật khẩu rồi", "olvidé mi contraseña otra vez", "ọ̀rọ̀ aṣínà mi ti sọnù", "نسيت كلمة السر",
                    "glömt lösenordet", "ξέχασα τον κωδικό", "lupa kata sandi", "j'ai oublié mon mot de passe",
                    "mot de passe perdu, besoin d'aide", "password reset from the bakery phone", "pw reset night shift",
                    "locked out of nothing, just forgot pw", "new password pls, old one expired in my head"]
APP_PASSWORD = ["{app} password not taking", "{app} forgot my pass", "{app} kicks me out at login", "{APP} WRONG PASSWORD",
                "{app} says invalid credentials", "{app} wants a code, never comes", "{app} password ran out",
                "{app} login - new baker", "reset {app} pw please", "{app} won't let me in on the tablet",
                "{app} pin forgotten", "{app} senha errada", "{app} hasło nie działa", "{app} sai mật khẩu",
                "{app} contraseña no sirve", "{app} lösenord fungerar inte", "{app} mot de passe refusé"]
LOCKOUT = ["kicked out of my account", "account blocked, tried too often", "it says my account is suspended for now",
           "locked again at 4am shift", "too many tries - locked", "can't get in, locked", "unlock please ovens waiting",
           "POB{id7} locked", "LOCKED OUT!!!", "windows: account locked, contact admin", "locked after wrong pw on the van phone",
           "conta bloqueada", "konto zablokowane", "tài khoản bị khóa", "cuenta bloqueada desde la mañana",
           "àkọọ́lẹ̀ mi ti di títì", "الحساب مقفل", "kontot är låst", "ο λογαριασμός κλειδώθηκε", "akun terkunci",
           "mon compte est barré", "lokced out", "acct locked out agn", "locks me out every monday"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 140, ["office printer prints nothing", "printer says offline in head office",
        "jobs stuck in print queue", "printer error {num}{num}", "NOTHING COMES OUT OF THE PRINTER",
        "impressora não imprime", "drukarka nie drukuje", "máy in không in được", "la impresora no imprime", "skrivaren skriver inte ut"]),
    ("wifi", "covered", 130, ["wifi keeps cutting out in the café", "no wifi in the proofing wing",
        "tablet won't join staff wifi", "wifi drops every few mins", "sem wifi na padaria", "wifi nie działa",
        "mất wifi liên tục", "el wifi se cae", "wifi ne marche pas", "wifi lambat sekali"]),
    ("vpn", "covered", 90, ["vpn won't connect from home", "vpn stuck on connecting", "vpn keeps dropping",
        "vpn error {num}{num}{num}", "VPN não conecta", "VPN nie łączy"]),
    ("outlook", "covered", 100, ["outlook won't start", "outlook hangs on processing", "outlook crashes when I open it",
        "outlook not responding", "Outlook não abre", "Outlook się nie otwiera"]),
    ("mailbox-full", "covered", 45, ["mailbox full cannot send", "mailbox over size limit", "quota exceeded mail",
        "caixa de correio cheia"]),
    ("slow-pc", "covered", 100, ["computer very slow", "pc takes ages to start", "laptop freezing all day",
        "everything slow on office pc", "computador muito lento", "komputer strasznie wolny", "máy tính rất chậm"]),
    ("monitor", "covered", 70, ["second monitor no signal", "docking station not detecting screen",
        "screen flickers on the dock", "external screen black", "monitor sem sinal", "pas d'image sur l'écran"]),
    ("software", "covered", 90, ["need software installed", "install program for purchasing",
        "please install an app on my laptop", "software request for the bakery office", "can you install a tool for me"]),
    ("shared-folder", "covered", 90, ["no access to shared drive", "shared folder access denied", "network drive disappeared",
        "need access to recipes share", "lost my P: drive"]),
    ("phishing", "covered", 50, ["suspicious email with a link", "is this mail a scam?", "fake invoice email",
        "email asking me to buy vouchers for the boss", "phishing mail from 'the CEO'"]),
    ("mfa", "covered", 90, ["authenticator not getting approvals", "sms code doesn't arrive", "new phone authenticator",
        "verification code never comes", "{app} keeps asking for code", "código de verificação não chega",
        "kod weryfikacyjny nie przychodzi", "không nhận được mã xác minh", "no llega el código", "kod verifikasi tidak masuk"]),
    ("password-expired", "covered", 45, ["password expired this morning", "says password must be changed",
        "expired password can't log on", "senha expirou", "hasło wygasło", "{app} password expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive sync pending forever", "onedrive red x on files"]),
    ("teams-audio", "covered", 50, ["teams no sound", "people can't hear me on teams", "teams mic not working",
        "headset not working in teams"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key asked", "laptop wants recovery key", "blue screen recovery key"]),
    ("laptop-power", "covered", 50, ["laptop won't switch on", "laptop not charging", "laptop dead", "portátil não liga",
        "laptop nie włącza się"]),
    ("badge", "covered", 40, ["badge doesn't open door", "access card not working at depot door", "card reader rejects my badge"]),
    ("restore", "covered", 35, ["restore deleted file please", "deleted the rota by mistake", "need old version of spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard not typing", "wireless mouse not working", "keyboard types wrong letters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck on registering", "office phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("oven-profiles", "gap", 100, ["OvenLink won't load the baking profile", "oven profile missing on the tunnel oven",
        "OVENLINK PROFILE ERROR OVEN {line}", "deck oven screen shows wrong bake times", "oven profile not syncing after login",
        "baking programme gone on oven {line}", "forno não carrega o perfil"]),
    ("recipe-scaling", "gap", 90, ["Recepta scales recipe wrong", "recipe weights doubled in Recepta",
        "RECEPTA WRONG KG FOR DOUGH", "batch sheet shows wrong flour quantity", "recipe won't scale to 200 kg"]),
    ("allergen-labels", "gap", 85, ["AllerLabel prints wrong allergens", "allergen labels missing sesame",
        "pack labels show old ingredients", "AllerLabel label template won't load", "wrong allergen on croissant packs"]),
    ("van-routes", "gap", 75, ["VanRoute shows wrong stops", "driver app route empty this morning",
        "VanRoute login fine but no route", "delivery route missing shops", "route order wrong for van {line}"]),
    ("loyalty-points", "gap", 65, ["CrumbsClub points not added", "customers loyalty stamps missing",
        "loyalty app shows zero points", "CrumbsClub reward not redeemable at till", "customer can't log in to loyalty app"]),
    ("cold-room-loggers", "gap", 60, ["FrostLog no readings from cold room", "temperature logger offline",
        "cold room {line} graph empty", "FrostLog alarms not sent", "HACCP temperature log missing"]),
    ("click-collect", "gap", 55, ["PreOrder orders not reaching café tablet", "click and collect orders missing",
        "online orders not printing in café", "PreOrder shows order paid but not in shop", "customer order stuck in pending"]),
    ("silo-levels", "gap", 45, ["SiloWatch level wrong", "flour silo shows empty but full", "silo level sensor readings jump",
        "SiloWatch password prompt then blank levels", "silo {line} level frozen"]),
]

VAGUE = ["Issue", "Help pls", "Oven", "Till", "Van", "Tablet", "Labels", "Question", "Account", "Printer",
         "Urgent", "Café", "Order"]

ONEOFF_OBJECTS = ["dough mixer", "proofing rack", "bread slicer", "baguette moulder", "flour sieve", "bakery scale",
    "tray trolley", "cooling rack", "cake display fridge", "coffee grinder", "espresso machine", "milk frother",
    "dishwasher", "van tail lift", "van fuel card", "roll cage", "pallet truck", "shrink wrapper", "sandwich press",
    "display case light", "menu board", "receipt roll", "cash drawer", "card terminal", "bread bag dispenser",
    "staff locker", "time clock", "first aid kit", "fire blanket", "hairnet dispenser", "apron hook", "hand wash sink",
    "floor mat", "extractor fan", "air curtain", "delivery crate", "ingredient bin", "sugar dredger", "piping bag stand",
    "keyboard", "mouse", "headset", "webcam", "usb stick", "work phone", "sim card", "charging cable", "desk phone",
    "chair", "monitor arm", "kettle", "water cooler", "desk fan", "wall clock", "pa speaker", "background music",
    "car park barrier", "bike rack", "notice board"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question about", "missing", "needs replacing", "error", "won't start",
    "request", "issue", "very old", "set up wrong", "slow", "cuts out", "can't find", "how to use the", "need access to",
    "lost", "resets itself", "cracked", "please install", "replace please", "outdated", "stuck", "wrong", "leaking",
    "buzzing", "wobbly", "noisy", "sticky"]
ONEOFF_FREE = [
    "price tickets on the cake display are in the wrong font", "can the café screen show the Easter menu",
    "extra socket for the new coffee grinder", "how many van phones can we order this year",
    "label gun at Lagos café prints faint", "where is the oven service certificate kept",
    "spare key for the silo yard gone since Monday", "café phone should ring in the back kitchen too",
    "waterproof case for the bakehouse tablet", "car park lights stay on all day",
    "rota page shows last month's shifts", "name badges for 30 trainees", "card reader declines contactless only",
    "smell of burning near the packing office", "TV remote in the staff room missing", "leaflets all over the floor",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RES: "), (0.06, "ODP: "), (0.08, "SV: "), (0.09, "TR: "), (0.10, "Re: "),
                  (0.12, "{plant} | "), (0.14, "{person}: "), (0.15, "{FIRST} - "), (0.16, "{last}/ "),
                  (0.18, "POB{id7} - "), (0.19, "Oven {line} - "), (0.20, "!! ")]
NOISE_SUFFIXES = [(0.04, " -- {person}"), (0.06, " ({first})"), (0.08, " [{netid}]"), (0.10, " ramal {ext}"),
                  (0.12, " @ {bldg}"), (0.14, " - {plant}"), (0.15, " oven {line}"), (0.17, " K-{id7}"),
                  (0.18, " obrigado"), (0.19, " pls!!"), (0.21, " (from my phone)"), (0.23, " (for {FIRST} {LAST})"),
                  (0.25, " - dzięki {first}"), (0.26, " cảm ơn"), (0.28, " / {LAST}"), (0.29, " {last} {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(code on her phone: {otp})",
    "read me {otp_spaced} over the phone",
    "verified with code {otp}",
    "temporary password {password}, change at next logon",
    "she typed {password} into the chat, purged",
    "baker says password is {password}",
    "Senha provisória {password}",
    "Abraço\n{first} {last}\nBakehouse shift lead, {dept}",
    "login {USERID} locked (again)",
    "unlock {USERID} please",
    "{USERID} left - disable",
    "{first} {last} / user {USERID} / laptop {ws2}",
    "private mail {email_obf}",
    "reply to {email}, not the café address",
    "call {phone_nat} after 3pm",
    "mob {phone_intl} (WhatsApp)",
    "send the tablet to {address_x}",
    "new home address {address_eu}",
    "ship to {address_us}",
    "att. {LAST}",
    "approved by {last}",
    "cc {first} {last} please",
    "{first_plain} from {dept} reported it",
    "Nr pracownika {id7}",
    "staff no {id_alnum}",
    "badge {id7} rejected at depot door",
    "café till charged {card} twice",
    "{ws2} mac {mac2}",
    "login attempts from {ip} on the loyalty app",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Pomarelle-Okonjo Bakehouses.", "Pomarelle-Okonjo Bakehouses"),
    ("room", "Meet in the Rye Room.", "Rye Room"),
    ("place", "Flour from Alentejo arrived.", "Alentejo"),
    ("product", "The Rational iCombi Pro is back.", "Rational iCombi Pro"),
    ("team", "Assigned to Team Sourdough.", "Team Sourdough"),
    ("category", "Category: Bakehouse Production, Proofing", "Bakehouse Production, Proofing"),
    ("version", "Oven firmware 5.2.1180.4 applied.", "5.2.1180.4"),
    ("error_code", "Oven shows OV-E219.", "OV-E219"),
    ("server_name", "Check logs on SKG-LBL-07.", "SKG-LBL-07"),
    ("role_email", "Copy orders@pomarelle-okonjo.example.net in.", "orders@pomarelle-okonjo.example.net"),
    ("asset_tag", "Asset POB-AST-018822 serviced.", "POB-AST-018822"),
    ("ticket_ref", "Linked to CHG0318207.", "CHG0318207"),
    ("place", "Coffee beans from Buôn Ma Thuột.", "Buôn Ma Thuột"),
    ("product", "Two Sveba Dahlen ovens ordered.", "Sveba Dahlen"),
    ("place", "Dates from Sidon.", "Sidon"),
    ("batch", "Batch L33-0412C recalled.", "L33-0412C"),
    ("order", "Catering order CO-77-2291 delivered.", "CO-77-2291"),
]

PHONES_INTL = ["+351 22 608 4172", "+351 912 480 736", "+48 12 421 86 30", "+48 601 274 918", "+84 235 3861 472",
               "+84 905 318 264", "+52 222 246 8173", "+52 1 222 904 3165", "+234 1 271 4083", "+234 803 417 2296",
               "+961 1 372 840", "+961 3 618 294", "+46 31 718 42 60", "+46 70 381 24 97", "+30 2310 482 716",
               "+30 694 718 2043", "+62 274 563 918", "+62 812 2718 4406", "+1 514 382 7140"]
PHONES_NATIONAL = ["22 608 4172", "912 480 736", "12 421 86 30", "601 274 918", "0235 3861 472", "0905 318 264",
                   "222 246 8173", "0803 417 2296", "01 372 840", "03 618 294", "031-718 42 60", "070-381 24 97",
                   "2310 482716", "0274 563918", "0812-2718-4406", "(514) 382-7140"]
ADDRESSES_EU = ["Rua de Santa Catarina 412, 4000-446 Porto", "ul. Długa 17/4, 31-147 Kraków",
                "Avenyn 29, 411 36 Göteborg", "Odos Egnatias 118, 546 30 Thessaloniki",
                "Travessa do Carmo 8, 2.º Esq., 4050-164 Porto", "ul. Karmelicka 44 m. 12, 31-128 Kraków"]
ADDRESSES_US = ["2210 Bakers Row, Apt 5, Paterson, NJ 07501", "PO Box 4418, Lowell, MA 01853",
                "77 Rye Field Ln, Dearborn, MI 48126", "1390 Crust Ave, San Antonio, TX 78207"]
ADDRESSES_OTHER = ["42 Trần Phú, Minh An, Hội An, Quảng Nam", "Av. Reforma 1714, Col. Centro, 72000 Puebla, Pue.",
                   "14 Adeola Odeku St, Victoria Island, Lagos", "Rue Gouraud, Bldg 22, 3rd floor, Gemmayzeh, Beirut",
                   "Jl. Prawirotaman No. 31, Yogyakarta 55153", "4521 rue Saint-Denis, app. 3, Montréal (QC) H2J 2L4",
                   "Calle 5 Poniente 309, Puebla"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Olá equipa,", "Dzień dobry,", "Chào anh chị,", "Buenos días,", "Ẹ káàárọ̀,", "مرحبا،", "Hej,",
                  "Καλημέρα,", "Selamat pagi,", "Bonjour la gang,", "Hi IT,", "Morning {first},"]
RICH_SIGNOFFS = ["Abraço\n{first}", "Pozdrawiam\n{first} {last}", "Cảm ơn\n{first}", "Saludos,\n{first} {last} / {dept}",
                 "--\n{first} {last} · Shift Lead · {phone_intl}", "Hälsningar\n{FIRST} {LAST}", "Ευχαριστώ\n{first}",
                 "Merci!\n{last}"]
RICH_COMMENTS = ["Called the bakehouse floor - nobody picked up.", "Connected via the remote tool.",
                 "Shift running on paper sheets until fixed.", "Waiting for the production manager to confirm.",
                 "Supplier case opened, ref in attachments.", "Night baker confirms the problem.",
                 "Passed to infrastructure.", "Left voicemail.", "Caller is at the ovens, will call back.",
                 "Went down with the maintenance technician."]
RICH_GENERIC_NOTES = ["Explained how to do it.", "No answer for a week, closed.", "Sorted.",
                      "User confirmed fixed.", "Nothing further.", "Working again."]
RICH_ONEOFF_BODIES = ["The {thing} has been acting up since the weekend, can somebody look at it?",
                      "Is the {thing} IT's or maintenance's?",
                      "{thing} by the counter is broken again.",
                      "We need the {thing} sorted before the Saturday rush."]

RICH_TOPICS = [
    ("wifi", "covered", 350,
     ["café wifi in and out", "staff network gone", "can't get on wifi"],
     ["In the back office the laptop loses the wireless every few minutes and then it comes back.",
      "Only the customer network is in the list, the staff one is gone.",
      "The wifi icon says connected but no page loads."],
     ["Forgot the saved network and joined again.", "Network team restarted the access point in the café.",
      "Wireless driver updated; stable since."]),
    ("printer", "covered", 220,
     ["office printer offline", "print jobs don't come out", "print queue stuck"],
     ["The head office printer shows offline and won't print the delivery notes.",
      "I send the rota to print and nothing happens, it sits in the queue with an error.",
      "Nobody in purchasing can print since lunch."],
     ["Cleared the queue and restarted the spooler.", "Power-cycled the printer.",
      "Removed and re-added the printer from the print server."]),
    ("lockout", "covered", 150,
     ["locked out after wrong password", "windows says account locked", "LOCKED OUT AGAIN"],
     ["I typed my password wrong a few times at 4am and now it says my account is locked.",
      "Every Monday I come in and I'm locked out.",
      "Sign-in screen says the account is locked, I didn't do anything."],
     ["Unlocked; old password was saved on the van phone, removed.", "Unlocked, user back in."]),
    ("oven-profiles", "gap", 150,
     ["oven profiles not loading", "tunnel oven programme missing", "deck oven bake times wrong"],
     ["OvenLink doesn't load the baking profile for the sourdough on oven 3.",
      "The tunnel oven screen has no programmes since the night shift.",
      "Deck oven shows yesterday's bake times and temperatures."],
     ["OvenBridge service restarted; profiles back.", "Oven controller network cable re-seated.",
      "Vendor pushed the profiles again."]),
    ("allergen-labels", "gap", 120,
     ["allergen labels wrong", "pack labels missing allergens", "label template won't load"],
     ["AllerLabel prints packs without the sesame warning.",
      "The croissant packs show the old ingredient list.",
      "The label template for the new rye bread doesn't load on the packing line."],
     ["Allergen matrix sync rerun.", "Template republished by quality team.", "Label printer driver reinstalled."]),
    ("van-routes", "gap", 90,
     ["route empty in driver app", "wrong stops on van route", "shops missing from route"],
     ["VanRoute shows no stops for van 12 this morning.",
      "The route sends the driver to a café that closed last year.",
      "Three shops are missing from today's delivery route."],
     ["Route plan job rerun.", "Shop list corrected by logistics.", "Vendor re-sent routes."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "vpn keeps dropping"],
     ["From home the VPN sits on connecting and gives up.", "VPN connects for a few seconds then drops."],
     ["Wrong portal address in the client, fixed.", "Reinstalled the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "over mail quota"],
     ["I can't send anything, Outlook says my mailbox is full.", "Every hour a pop-up that my mailbox is nearly at its limit."],
     ["Archive turned on.", "Cleaned old attachments with the user."]),
    ("shared-folder", "covered", 75,
     ["network drive gone", "shared folder access denied"],
     ["The R: drive for recipes has gone from This PC.", "Opening the purchasing folder says I don't have permission."],
     ["Drive mapped again.", "Folder owner approved, added to group."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "Teams doesn't find my mic"],
     ["In Teams the others can't hear me even though my mic is on.", "Teams ignores my headset and uses the laptop speakers."],
     ["Selected the right device in Teams settings.", "Headset driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need yesterday's version"],
     ["I deleted the delivery spreadsheet from the share, can you get it back?",
      "I overwrote the price list, is there an older copy?"],
     ["Restored previous version.", "Restored from last night's backup."]),
]
