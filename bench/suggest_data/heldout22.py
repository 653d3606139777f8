"""TWENTY-SECOND HELD-OUT phrasing bank (v22): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 22's tuning; the tuners never see it; its aggregate figures are
looked at once, after the round's merge.

A fictional operator of public swimming pools, ice rinks and a lido ("Tarrowgate-Ikeda Pools & Rinks":
indoor pools with chlorine and pH dosing controllers, an outdoor lido, two ice rinks with a brine
refrigeration plant and ice resurfacers, wristband lockers and turnstiles, a lane and lesson booking
site for members, swim-meet timing with touch pads, a swim school with instructors' class registers,
member direct debits) at sites in Rotterdam, Aarhus, Willemstad (Curaçao), Thessaloniki, Izmir, Haifa,
Sharjah, Chiang Mai, Pune, Sapporo, Lviv and Guadalajara, instead of any sector an earlier bank used.
Its own systems (the dosing console "ChlorWatch", the rink plant screen "RinkChill", the locker and
turnstile system "BandGate", the booking site "LaneBook", the meet timing "TouchTime", the swim
school's register "ClassPool", the members' billing "MemberPay", the lifeguards' rota app "GuardRota",
the café tills "KioskTill", the shared intranet "PoolNet"), staff numbers written "TIK" plus digits,
"LG-" plus digits (lifeguards) and "SW." plus digits (swim teachers); the closure habits of one more
desk in its own words and languages (English, Dutch, Danish, Papiamento, Greek, Turkish, Hebrew,
Gulf Arabic, Thai, Hindi, Japanese, Ukrainian, Mexican Spanish: "afgehandeld", "klaret", "kla",
"τακτοποιήθηκε", "halledildi", "טופל", "تم الحل", "เรียบร้อย", "हो गया", "対応済み", "вирішено",
"ya quedó", "sorted at the poolside - no IT needed", "pool plant question, passed to the duty
engineer"), subjects that carry a caller's name alone ("{LAST}", "{first} belde", "{FIRST}!!",
"ring {first} terug", "{last} {first} ringede", "llamar a {first}", "{FIRST} {last}?") and names in
prefixes, suffixes and the middle of subjects in every case, trial tickets of other shapes, machine
mail from monitoring tools earlier banks did not use (Zabbix-like "Icinga", "Checkmk", "Site24x7",
"Uptime Kuma", "Grafana OnCall", "Datadog", "New Relic", "Opsgenie", "ManageEngine OpManager",
"Dynatrace", "Netdata", "Sensu", "Elastic Watcher", "PagerTree", "StatusCake", and the dosing,
rink and locker controllers), out-of-office replies in the bank's languages, printer status of other
shapes, form templates (lane hire, swim-meet entry, rink party booking, lifeguard certificate
upload, lesson transfer, a new swim teacher with a name), generic password, lockout, MFA and expiry
requests mostly written without the words password, account or login ("cannot get in", "it keeps
rejecting me", "locked after three tries", misspelt, in every language of the bank, in Greek,
Hebrew, Arabic, Thai, Devanagari, Japanese and Cyrillic scripts, with the in-house application
names), covered device and network topics written the same way, and eight gap topics whose words
the evaluation KB lacks or uses in another sense (a "dose" is chlorine, a "plant" is the rink's
refrigeration, a "band" opens a locker, a "booking" is a lane, a "time" is a swimmer's, a "register"
is a class list, a "debit" is a member's, a "password" opens a protected file sent by a supplier or
the council; some gap subjects mention an account or a sign-in although the problem is not signing
in). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a pool, rink, lane or locker-bank number.
"""

ORG = "Tarrowgate-Ikeda Pools & Rinks"
DOMAIN = "tarrowgate-ikeda.example.net"
START = "2036-04-06"
DAYS = 41
OUTLIER_DATES = ("1980-02-29 12:00:00", "2098-06-30 23:59:58", "2001-01-01 01:01:01", "1996-06-06 06:06:06",
                 "2069-07-20 20:17:40", "2012-12-12 12:12:12")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Joost Marieke Sanne Thijs Femke Mette Rasmus Ida Søren Kirsten Shurenska Ruthsel Jairzinho Giselle
Eleftheria Stavros Panagiota Dimos Zeynep Emre Gülşen Barış Noa Yonatan Shira Ido Meirav Hessa Saeed Mariam Khalfan
Nong Somchai Kanokwan Arthit Pim Aarav Sneha Vaibhav Anjali Omkar Haruto Yuna Sōta Mio Oksana Taras Yaryna Bohdan
Ximena Itzel Leonardo Guadalupe Eréndira Wilbert Rosalind""".split()
LAST_NAMES = """Verhoeven Bakker Smits de Graaf Kuipers Mortensen Kjeldsen Dalgaard Thygesen Martina Isenia Statia
Rosaria Papadopoulou Karamanlis Chatzidakis Doukas Yıldız Aydın Korkmaz Öztürk Mizrahi Ben-Ami Peretz Avrahami
Al-Suwaidi Al-Qasimi Bin Hamad Srisuk Wongsawat Chaiyaporn Boonmee Kulkarni Deshpande Joshi Patwardhan Takahashi
Yamaguchi Ōtsuka Hokari Kovalenko Shevchuk Bondar Melnyk Gutiérrez Íñiguez Camarena Villaseñor Obuya Penhaligon""".split()
LAST_NAMES += ["van der Veen", "de los Santos", "Ben David", "Al Mansoori"]

APPS = ["LaneBook", "ChlorWatch", "RinkChill", "BandGate", "TouchTime", "ClassPool", "MemberPay", "GuardRota",
        "KioskTill", "PoolNet"]
DEPTS = ["Lifeguards", "Swim School", "Ice Rink", "Plant Room", "Front Desk", "Café", "Memberships", "Events",
         "Maintenance", "Finance"]
BUILDINGS = ["Plant Room", "Lido Kiosk", "Rink Hall", "Pool Hall B", "Changing Village", "Staff Mess", "Head Office",
             "Gym Annexe"]
PLANTS = ["Rotterdam Zuid pool", "Aarhus ice rink", "Willemstad lido", "Thessaloniki pool", "Izmir pool",
          "Haifa pool", "Sharjah aquatic centre", "Chiang Mai pool", "Pune pool", "Sapporo ice rink", "Lviv pool",
          "Guadalajara pool"]
PLANT_CODES = ["RTZ", "AAR", "WIL", "SKG", "IZM", "HFA", "SHJ", "CNX", "PNQ", "SPK", "LWO", "GDL"]
ID_PREFIXES = ["TIK", "LG-", "SW."]
SENDERS = ["icinga", "checkmk", "site24x7", "uptimekuma", "datadog", "chlorwatch", "rinkchill"]
HOST_PARTS = ["rtz-dose", "aar-ice", "wil-gate", "skg-pos", "izm-fs", "hfa-ap", "shj-sw", "cnx-nvr", "pnq-gw",
              "spk-plant"]
SERVICES = ["DosingBridge", "BrineMonitor", "TurnstileSync", "LaneBookApi", "TouchTimeRelay", "DebitExport"]
JOBS = ["NIGHTLY_DEBIT_RUN", "LOCKER_RELEASE_0200", "DOSING_LOG_EXPORT", "CLASS_REGISTER_SYNC", "ICE_PLANT_REPORT",
        "MEET_RESULTS_PUBLISH"]
PRINTER_MODELS = ["Canon imageRUNNER ADVANCE DX C5870i", "Ricoh IM C4510", "Konica Minolta bizhub C451i",
                  "Epson WorkForce Enterprise AM-C5000", "Xerox VersaLink C7130"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["sorted at the poolside - no IT needed", "pool plant question, passed to the duty engineer",
                "not ours: swimsuit lost property", "afgehandeld", "zie vorige", "klaret", "se forrige", "kla",
                "mescos cu anterior", "τακτοποιήθηκε", "βλ. προηγούμενο", "halledildi", "öncekiyle aynı", "טופל",
                "ראה קודם", "تم الحل", "نفس السابق", "เรียบร้อย", "เหมือนเดิม", "हो गया", "ऊपर जैसा",
                "対応済み", "前回と同じ", "вирішено", "див. попереднє", "ya quedó", "igual que el anterior",
                "(geen onderwerp)", "(intet emne)", "(sin tema)", "(χωρίς θέμα)", "(konu yok)", "(ללא נושא)",
                "(بدون موضوع)", "(ไม่มีหัวข้อ)", "(कोई विषय नहीं)", "(件名なし)", "(без теми)", "(sin asunto)",
                "--", "..", "n/a", "k", "{LAST}", "{first} belde", "{FIRST}!!", "ring {first} terug",
                "{last} {first} ringede", "llamar a {first}", "{FIRST} {last}?", "{first} van de kassa",
                "{LAST} - terugbellen", "voor {FIRST} {LAST}", "{last} / {first}", "{first} {LAST} wil teruggebeld worden",
                "לחזור ל{first}", "{first} さんから電話", "member asked about the summer timetable, answered",
                "parent asked where the lost goggles go, told", "belongs to the lifeguard manager, forwarded",
                "dank je", "tak", "danki", "ευχαριστώ", "teşekkürler", "תודה", "شكرا", "ขอบคุณครับ", "धन्यवाद",
                "ありがとうございます", "дякую", "gracias"]
TESTS = ["test {num}", "tst tst {num}{num}", "testmelding {num}", "prøve {num}", "test, bo por kita", "δοκιμή {num}",
         "deneme {num}", "בדיקה {num}", "اختبار {num}", "ทดสอบ {num}", "परीक्षण {num}", "テスト{num}",
         "тест {num}", "prueba no hacer caso", "new form wiring - ignore me", "checking the lido inbox, delete",
         "DUMMY TICKET NO ACTION {num}"]
ALERTS = [
    "Icinga: PROBLEM - {host}/disk is CRITICAL",
    "Icinga: RECOVERY - {host} is UP",
    "Checkmk: {host} - Service CPU load CRIT",
    "Checkmk: {host} - Interface {num} DOWN",
    "Site24x7: {svc} is Down from {num} locations",
    "Uptime Kuma: [{svc}] [🔴 Down] timeout",
    "Uptime Kuma: [{svc}] [✅ Up]",
    "Grafana OnCall: alert group #{num}{num}{num} firing",
    "Datadog: [Triggered] High error rate on {svc}",
    "Datadog: [Recovered] High error rate on {svc}",
    "New Relic: Incident opened - {svc} apdex below {num}.{num}",
    "Opsgenie: P{num} {host} unreachable",
    "ManageEngine OpManager: {host} is in Critical state",
    "Dynatrace problem P-{num}{num}{num}{num}: Response time degradation on {svc}",
    "Netdata: {host} disk space critical ({pct}%)",
    "Sensu: check-http on {host} is failing",
    "Elastic Watcher: too_many_failed_logins fired",
    "PagerTree: new alert from {host}",
    "StatusCake: {svc} Down",
    "Job {job} ended with status FAILED",
    "Certificate for {host}.{domain} expires in {num} days",
    "[ChlorWatch] Pool {line} free chlorine LOW at {plant}",
    "[ChlorWatch] Pool {line} pH {num}.{num} out of band",
    "[RinkChill] Rink {line} brine return temp high",
    "[RinkChill] Compressor {line} tripped at {plant}",
    "[BandGate] Locker bank {line} controller offline",
    "[TouchTime] Pad lane {line} no heartbeat",
    "Automatisch antwoord: afwezig tot {date}",
    "Autosvar: på ferie til {date}",
    "Outomátiko: fuera di ofisina te {date}",
    "Αυτόματη απάντηση: εκτός γραφείου έως {date}",
    "Otomatik yanıt: {date} tarihine kadar izindeyim",
    "מענה אוטומטי: לא במשרד עד {date}",
    "رد تلقائي: خارج المكتب حتى {date}",
    "ตอบกลับอัตโนมัติ: ลาพักถึง {date}",
    "स्वचालित उत्तर: {date} तक छुट्टी पर",
    "自動応答：{date}まで不在",
    "Автовідповідь: у відпустці до {date}",
    "Respuesta automática: de vacaciones hasta {date}",
]
PRINTER_STATUS = [
    "{printer}: drum unit replace soon",
    "[{model}] staple cartridge empty",
    "{model} @ {bldg}: magenta {pct}% consumed",
    "Scan from {printer} received {time}",
    "{printer}: bypass tray paper mismatch",
    "Meter read {model} S/N {serial}",
    "{printer} front door open",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-lane-hire", "form", "Lane hire request #{id7} - {plant} - {date}"),
    ("form-meet-entry", "form", "Swim meet entry | club ref {id7} | lanes {line} | {date}"),
    ("form-rink-party", "form", "Rink party booking >> {plant} >> {date} >> group of {num}{num}"),
    ("form-guard-cert", "form", "Lifeguard certificate upload LG-{id7} ({date})"),
    ("form-lesson-transfer", "form", "Lesson transfer: SW.{id7} from pool {line} on {date}"),
    ("form-new-teacher", "form", "New swim teacher: {LAST}, {FIRST} / {dept} / starts {date}"),
    ("form-new-starter-it", "covered", "Laptop and access for new starter {person} ({dept}) from {date} TIK{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["cannot get in", "it keeps rejecting me", "forgot the thing I type every morning",
                    "my secret word stopped working", "cant rember what I set last week", "pasword forgoten",
                    "passwrd reset pls", "need a new one, old one forgotten", "what do I type on the start screen",
                    "the computer in the mess won't take what I type", "new lifeguard doesn't know what to type",
                    "typed it slowly, still wrong", "let me back in please, my memory failed",
                    "kom er niet in", "wachtwoord vergeten", "kan ikke komme ind", "glemt adgangskoden",
                    "mi no por drenta", "lubidá mi kódigo", "δεν μπορώ να μπω", "ξέχασα τον κωδικό",
                    "giremiyorum", "şifremi unuttum", "לא מצליח להיכנס", "שכחתי את הסיסמה", "ما أقدر أدخل",
                    "نسيت كلمة السر", "เข้าไม่ได้", "ลืมรหัสผ่าน", "अंदर नहीं जा पा रहा", "पासवर्ड भूल गया",
                    "入れません", "パスワードを忘れました", "не можу увійти", "забув пароль", "no puedo entrar",
                    "se me olvidó la contraseña", "not blocked, I just blanked on what I picked",
                    "the morning code for the desk pc is gone from my head"]
APP_PASSWORD = ["{app} keeps rejecting me", "can't get into {app}", "{app} doesn't accept what I type",
                "{APP} REFUSES ME", "{app} forgot me after the update", "{app} wants a code and none comes",
                "{app} says I must pick a new one", "{app} - new teacher can't get in", "reset my {app} pin",
                "{app} on the poolside tablet won't let me", "{app} kom er niet in", "{app} lukker mig ikke ind",
                "{app} no ta laga mi drenta", "{app} δεν με αφήνει να μπω", "{app} beni içeri almıyor",
                "{app} לא נותן לי להיכנס", "{app} ما يخليني أدخل", "{app} เข้าไม่ได้", "{app} में लॉगिन नहीं हो रहा",
                "{app}に入れない", "{app} не пускає", "{app} no me deja entrar"]
LOCKOUT = ["locked after three tries", "shut out after too many goes", "it says I'm blocked",
           "blocked at the front desk at 6am", "too many wrong tries, now frozen", "it won't let me try any more",
           "unblock me please, the queue is out the door", "TIK{id7} blocked", "LOCKED!!!", "windows says locked",
           "blocked every Monday since the mess pc kept the old one", "geblokkeerd na drie pogingen",
           "spærret efter tre forsøg", "bloka despues di tres biaha", "κλειδώθηκε μετά από τρεις προσπάθειες",
           "üç denemeden sonra kilitlendi", "ננעל אחרי שלושה ניסיונות", "انقفل بعد ثلاث محاولات",
           "ล็อกหลังจากลองสามครั้ง", "तीन बार गलत डालने के बाद लॉक हो गया", "3回間違えてロックされた",
           "заблоковано після трьох спроб", "bloqueado tras tres intentos", "lokced out", "blokced agian",
           "locks me each time I swap tills"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 130, ["front desk printer prints nothing", "printer offline in the head office",
        "print jobs stuck in the queue", "printer says error {num}{num}", "PRINTER DEAD AGAIN", "printer print niks",
        "printeren printer ikke", "ο εκτυπωτής δεν τυπώνει", "yazıcı çalışmıyor", "プリンターが印刷しない"]),
    ("wifi", "covered", 120, ["no wifi in the rink hall", "wireless gone at the lido kiosk",
        "laptop won't join the staff wifi", "wifi drops every few minutes", "wifi doet het niet", "wifi virker ikke",
        "το wifi δεν δουλεύει", "wifi bağlanmıyor", "ה-wifi לא עובד", "ไวไฟใช้ไม่ได้"]),
    ("vpn", "covered", 95, ["vpn won't connect from home", "vpn stuck on connecting", "vpn drops every hour",
        "vpn error {num}{num}{num}", "VPN maakt geen verbinding", "VPN не підключається"]),
    ("outlook", "covered", 95, ["outlook won't open", "outlook stuck loading profile", "outlook crashes on start",
        "outlook frozen solid", "Outlook start niet", "Outlook が起動しない"]),
    ("mailbox-full", "covered", 45, ["mailbox full can't send", "mail over the limit", "inbox says no room",
        "mailbox vol"]),
    ("slow-pc", "covered", 100, ["computer very slow", "laptop takes ages to start", "pc freezes all day",
        "front desk pc crawling", "computer traag", "bilgisayar çok yavaş", "कंप्यूटर बहुत धीमा है"]),
    ("monitor", "covered", 70, ["second screen no signal", "dock doesn't see my monitor", "monitor flickers on the dock",
        "external screen stays black", "tweede scherm zwart", "η δεύτερη οθόνη είναι μαύρη"]),
    ("software", "covered", 85, ["need a program installed", "install software for the swim school",
        "please put an app on my laptop", "software request for memberships", "can you add a tool to my pc"]),
    ("shared-folder", "covered", 85, ["no access to the shared drive", "shared folder access denied",
        "network drive vanished", "need access to the events share", "my S: drive is gone"]),
    ("phishing", "covered", 50, ["suspicious mail with a link", "is this mail genuine?", "fake chlorine invoice in my inbox",
        "mail asking me to buy vouchers for the director", "phishing pretending to be IT"]),
    ("mfa", "covered", 90, ["authenticator approvals don't arrive", "sms code never comes", "new phone, authenticator",
        "verification code not arriving", "{app} keeps asking for a code", "verificatiecode komt niet",
        "doğrulama kodu gelmiyor", "קוד האימות לא מגיע", "รหัสยืนยันไม่มา", "el código no llega"]),
    ("password-expired", "covered", 45, ["it says mine has expired", "told I must change it today",
        "expired, can't get in", "verlopen, moet wijzigen", "έληξε, πρέπει να αλλάξω", "{app} says mine expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive stuck processing changes", "onedrive red crosses on files"]),
    ("teams-audio", "covered", 50, ["no sound in teams", "nobody hears me in teams", "teams mic dead",
        "teams ignores my headset"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key needed", "laptop asks for a recovery key", "recovery key screen at boot"]),
    ("laptop-power", "covered", 50, ["laptop won't switch on", "laptop not charging", "laptop completely dead",
        "laptop gaat niet aan", "ноутбук не вмикається"]),
    ("badge", "covered", 40, ["badge won't open the door", "card refused at the plant room door", "reader ignores my badge"]),
    ("restore", "covered", 35, ["restore a deleted file please", "deleted the lifeguard rota by mistake",
        "need yesterday's version of a spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard not typing", "wireless mouse dead", "keyboard types the wrong letters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck on registering", "lido kiosk phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("pool-dosing", "gap", 100, ["ChlorWatch shows no chlorine reading for pool {line}", "pH dosing pump running nonstop",
        "CHLORWATCH POOL {line} NO DATA", "dosing log empty since Sunday", "signed in to ChlorWatch but no pools listed",
        "chloor meting bevroren", "chlorine dose doubled overnight"]),
    ("rink-plant", "gap", 85, ["RinkChill brine temperature stuck", "ice too soft on rink {line}",
        "RINK {line} COMPRESSOR ALARM", "RinkChill graphs blank since the update", "ice plant screen logged in but empty"]),
    ("wristband-lockers", "gap", 80, ["wristbands don't open the lockers", "locker bank {line} refuses every band",
        "BandGate turnstile lets nobody through", "member's band opens someone else's locker",
        "lockers stay shut after the member account was renewed"]),
    ("lane-booking", "gap", 75, ["LaneBook shows lane {line} free but it's booked", "members can't book lanes for Saturday",
        "double bookings on LaneBook", "LaneBook timetable shows last term", "booking page empty after members sign in"]),
    ("meet-timing", "gap", 60, ["TouchTime pads not registering finishes", "swim meet results missing lane {line}",
        "touch pad lane {line} times wrong", "TouchTime won't publish results", "scoreboard shows yesterday's heats"]),
    ("class-register", "gap", 55, ["ClassPool register missing my Tuesday kids", "lesson register shows wrong pool",
        "ClassPool won't save attendance", "teacher signed in but no classes in ClassPool",
        "swim badges not showing on the register"]),
    ("member-debits", "gap", 50, ["MemberPay direct debits failed this month", "members charged twice",
        "MemberPay export to the bank empty", "debit run stopped halfway", "member account shows debit but no payment"]),
    ("protected-files", "gap", 45, ["can't open the zip the council sent, it wants a password",
        "supplier's PDF asks for a password to open", "encrypted attachment from the bank won't open",
        "forgot the password I put on the lifeguard spreadsheet", "protected archive - which code opens it?",
        "het pdf-bestand vraagt een wachtwoord", "şifreli zip dosyası açılmıyor"]),
]

VAGUE = ["Problem", "Help", "Pool", "Rink", "Lido", "Screen", "Locker", "Question", "Sign-in", "Printer",
         "URGENT", "Ice", "Water"]

ONEOFF_OBJECTS = ["pool vacuum", "lane rope", "starting block", "diving board", "lifeguard chair", "rescue tube",
    "whistle", "stopwatch", "kickboard", "pull buoy", "float", "goggles vending", "hair dryer", "shower head",
    "changing cubicle", "hand dryer", "slide pump", "wave machine", "lido umbrella", "sun lounger", "ice skate",
    "skate sharpener", "rink barrier", "hockey goal", "resurfacer", "snow pit", "rubber mat", "skate rack",
    "first aid bag", "defibrillator", "eye wash", "fire blanket", "coffee machine", "kettle", "microwave",
    "staff fridge", "water cooler", "vending machine", "minibus", "gate remote", "stool", "keyboard", "mouse",
    "headset", "webcam", "usb stick", "mobile phone", "sim card", "charger", "desk phone", "chair", "monitor arm",
    "desk lamp", "fan", "notice board", "pool clock", "pa speaker"]
ONEOFF_COMPLAINTS = ["kaput", "dead", "how do I use the", "gone", "worn", "shows an error", "won't start",
    "need another", "trouble with", "old", "set up wrong", "slow", "on and off", "can't find", "manual for the",
    "want access to", "left somewhere", "keeps resetting", "cracked", "please install", "replace please", "outdated",
    "stuck", "wrong", "leaking", "squeaks", "wobbly", "too loud", "smells"]
ONEOFF_FREE = [
    "can the lobby screen show the lane timetable", "extension lead for the gala stand",
    "how many waterproof phones can lifeguards have", "label printer at the desk smears",
    "where is the resurfacer service certificate", "spare key to the chemical store missing",
    "lido phone should also ring in the kiosk", "waterproof case for the poolside tablet",
    "car park lights on all day", "lifeguard rota page shows next month", "name badges for 30 summer lifeguards",
    "card terminal at the café refuses contactless", "burning smell near the sauna control box",
    "remote for the rink TV gone", "posters wet from the roof leak", "wall chart of the pool depths",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.03, "Antw: "), (0.05, "Sv: "), (0.07, "YNT: "), (0.08, "Fwd: "), (0.09, "ΑΠ: "), (0.11, "Re: "),
                  (0.13, "{plant}: "), (0.15, "{person} // "), (0.16, "{LAST}, {FIRST}: "), (0.17, "{first} - "),
                  (0.19, "TIK{id7} "), (0.20, "Pool {line}: "), (0.21, "DRINGEND: ")]
NOISE_SUFFIXES = [(0.04, " - {person}"), (0.06, " / {first}"), (0.08, " [{netid}]"), (0.10, " tst {ext}"),
                  (0.12, " in {bldg}"), (0.14, " - {plant}"), (0.15, " lane {line}"), (0.17, " LG-{id7}"),
                  (0.18, " bedankt"), (0.19, " pls"), (0.21, " (from the poolside tablet)"), (0.23, " for {FIRST} {LAST}"),
                  (0.25, " - tak {first}"), (0.26, " teşekkürler"), (0.28, " // {LAST}"), (0.29, " {LAST} {first}"),
                  (0.30, " ({first} {last})")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(code on her phone: {otp})",
    "he read out {otp_spaced}",
    "verified with {otp}",
    "I set a temporary one: {password}, she changes it at first start",
    "she typed {password} in the team chat, removed",
    "the lifeguard says his is {password}",
    "Tijdelijk wachtwoord {password}",
    "Met vriendelijke groet\n{first} {last}\n{dept}",
    "user {USERID} locked again",
    "please unblock {USERID}",
    "{USERID} left - disable",
    "{first} {last} / user {USERID} / pc {ws2}",
    "private mail {email_obf}",
    "reply to {email}, not the desk box",
    "ring {phone_nat} after 5",
    "mobile {phone_intl} (WhatsApp)",
    "please post the tablet to {address_x}",
    "new home address {address_eu}",
    "send it to {address_us}",
    "attn {LAST}",
    "approved by {last}",
    "cc {first} {last}",
    "{first_plain} at the {dept} desk saw it",
    "Personeelsnummer {id7}",
    "teacher id {id_alnum}",
    "badge {id7} refused at the plant room",
    "café till charged {card} twice",
    "{ws2} mac {mac2}",
    "failed sign-ins from {ip} on the members' site",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Tarrowgate-Ikeda Pools & Rinks.", "Tarrowgate-Ikeda Pools & Rinks"),
    ("room", "Meet in the Dolphin Room.", "Dolphin Room"),
    ("place", "Chemicals shipped from Delfzijl.", "Delfzijl"),
    ("product", "The Olympia Millennium X resurfacer is back.", "Olympia Millennium X"),
    ("team", "Assigned to Team Deep End.", "Team Deep End"),
    ("category", "Category: Plant Room, Dosing", "Plant Room, Dosing"),
    ("version", "TouchTime 7.3.2201.5 installed.", "7.3.2201.5"),
    ("error_code", "Locker controller shows BG-E117.", "BG-E117"),
    ("server_name", "Check logs on SKG-FS-02.", "SKG-FS-02"),
    ("role_email", "Copy lifeguards@tarrowgate-ikeda.example.net in.", "lifeguards@tarrowgate-ikeda.example.net"),
    ("asset_tag", "Asset TIK-AST-551903 serviced.", "TIK-AST-551903"),
    ("ticket_ref", "Linked to CHG0774120.", "CHG0774120"),
    ("place", "Storm over Esbjerg.", "Esbjerg"),
    ("product", "Two Daktronics AllSport 5000 consoles ordered.", "Daktronics AllSport 5000"),
    ("place", "Coach from Kalamaria.", "Kalamaria"),
    ("batch", "Chlorine delivery CL-36-0417 received.", "CL-36-0417"),
    ("lane", "Lane 4-6 closed Monday.", "4-6"),
]

PHONES_INTL = ["+31 10 482 7731", "+31 6 4172 8830", "+45 86 12 47 33", "+45 28 41 93 07", "+599 9 461 2280",
               "+599 9 518 4473", "+30 2310 841 266", "+30 697 418 2205", "+90 232 441 18 07", "+90 532 718 44 91",
               "+972 4 862 1174", "+972 52 418 3307", "+971 6 541 2280", "+971 50 718 4462", "+66 53 418 227",
               "+66 81 742 3390", "+91 20 2611 4728", "+91 98220 41873", "+81 11 241 7730", "+380 32 241 18 73",
               "+52 33 3614 2287", "+52 1 33 1847 2209"]
PHONES_NATIONAL = ["010-4827731", "06-41728830", "86 12 47 33", "28 41 93 07", "461-2280", "2310 841266",
                   "697 4182205", "(0232) 441 18 07", "0532 718 44 91", "04-8621174", "052-4183307", "06 541 2280",
                   "050 718 4462", "053 418 227", "081 742 3390", "020 2611 4728", "098220 41873", "011-241-7730",
                   "(032) 241-18-73", "33 3614 2287"]
ADDRESSES_EU = ["Putselaan 114-B, 3074 JH Rotterdam", "Frederiksgade 22, 2. th., 8000 Aarhus C",
                "Εγνατίας 118, 546 30 Θεσσαλονίκη", "Kıbrıs Şehitleri Cd. No: 41 D: 7, 35220 Konak/İzmir",
                "вул. Городоцька 87, кв. 12, Львів 79007", "Witte de Withstraat 9, 3012 BL Rotterdam",
                "Jægergårdsgade 61, st. tv., 8000 Aarhus C"]
ADDRESSES_US = ["4412 Lakeshore Blvd, Apt 3C, Duluth, MN 55804", "PO Box 1187, Bozeman, MT 59771",
                "77 Rinkside Ct, Unit 9, Lake Placid, NY 12946", "2290 Tidewater Dr, Norfolk, VA 23509"]
ADDRESSES_OTHER = ["Kaya Flamboyan 12, Willemstad, Curaçao", "רחוב הנביאים 23, דירה 5, חיפה 3310101",
                   "شارع الوحدة، بناية 14، شقة 302، الشارع، الشارقة", "99/14 หมู่ 3 ถ.ห้วยแก้ว ต.สุเทพ อ.เมือง เชียงใหม่ 50200",
                   "Flat 6, Shanti Apartments, Karve Road, Kothrud, Pune 411038",
                   "〒060-0042 札幌市中央区大通西 9-3-17 リンクハイツ 402", "Av. Chapultepec Sur 284, Int. 5, Col. Americana, 44160 Guadalajara, Jal."]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hoi,", "Hej,", "Bon dia,", "Καλημέρα,", "Merhaba,", "שלום,", "مرحبا,", "สวัสดีครับ,", "नमस्ते,",
                  "お疲れ様です。", "Добрий день,", "Buenos días,", "Hi {first},", "Morning desk,"]
RICH_SIGNOFFS = ["Groetjes\n{first}", "Venlig hilsen\n{first} {last}", "Saludos,\n{first}",
                 "Με εκτίμηση,\n{first} {last} / {dept}", "Saygılarımla\n{first}",
                 "--\n{first} {last} · Lifeguard · {phone_intl}", "בברכה\n{FIRST} {LAST}",
                 "مع التحية\n{last}", "ขอบคุณครับ\n{first}", "धन्यवाद,\n{first} {last}", "よろしくお願いします\n{last}",
                 "З повагою\n{first}", "Saludos\n{first} {last}"]
RICH_COMMENTS = ["Rang the plant room twice, engineer on the roof.", "Took over the screen with the remote tool.",
                 "Desk is writing entries on paper meanwhile.", "Duty manager to confirm before we touch it.",
                 "Vendor ticket raised, reference in the attachment.", "Engineer saw the same fault on site.",
                 "Passed to the network team.", "Voicemail left for the caller.",
                 "Caller is on poolside duty, rings back after the session.", "Technician went with the morning van."]
RICH_GENERIC_NOTES = ["Talked the caller through it.", "No reply in ten days, closing.", "Done.",
                      "Caller confirms all fine now.", "Nothing further.", "Working again."]
RICH_ONEOFF_BODIES = ["The {thing} is playing up again since the weekend, can someone look?",
                      "Who looks after the {thing}, you or maintenance?",
                      "{thing} by the lido entrance is broken again.",
                      "The {thing} has to work before Saturday's gala, please."]

RICH_TOPICS = [
    ("wifi", "covered", 340,
     ["rink hall wireless flaky", "staff wifi vanished", "laptop refuses the wireless"],
     ["In the rink hall the laptop drops off the wireless, waits, reconnects, all afternoon.",
      "Only the visitors' network shows; the staff one is not in the list any more.",
      "Connected with full bars but every page times out."],
     ["Forgot the network, joined again.", "Access point in the rink hall rebooted by networks.",
      "Wireless driver updated, no drops since."]),
    ("printer", "covered", 215,
     ["front desk printer offline", "nothing comes out of the printer", "prints pile up in the queue"],
     ["The printer at the front desk says offline and the day passes won't print.",
      "When I print the lesson lists nothing happens; the queue shows an error.",
      "Memberships hasn't printed a page since opening."],
     ["Cleared the queue, restarted the spooler.", "Power-cycled the printer.",
      "Removed and re-added the printer from the server."]),
    ("lockout", "covered", 150,
     ["blocked after typing it wrong", "locked at the start screen", "LOCKED OUT AGAIN"],
     ["Typed it wrong a few times before the 6am opening and now it won't let me try.",
      "Every Monday after the weekend the desk pc says I'm blocked.",
      "It says I am locked, but I changed nothing."],
     ["Unblocked; an old copy was saved on the poolside tablet and removed.", "Unblocked, caller working."]),
    ("pool-dosing", "gap", 150,
     ["dosing console shows no chlorine", "pH readings frozen", "chlorine alarm every night"],
     ["ChlorWatch has shown no free chlorine reading for the learner pool since Friday although the pumps run.",
      "The pH value on the dosing screen hasn't moved in two days, the test kit says it's drifting.",
      "The dosing console alarms every night at 2 and the water is fine."],
     ["Probe cleaned and recalibrated.", "Controller restarted by the vendor.", "Alarm threshold corrected."]),
    ("protected-files", "gap", 120,
     ["can't open the protected zip", "PDF asks for a password", "encrypted attachment won't open"],
     ["The council sent the inspection report as a zip that asks for a password, and nobody told us which one.",
      "A supplier's price list comes as a PDF that wants a password before it opens.",
      "I protected the lifeguard rota spreadsheet last year and can't remember what I used to lock the file."],
     ["Sender phoned the code through; file opened.", "Supplier re-sent the PDF unprotected.",
      "File could not be recovered; rebuilt from the printed copy."]),
    ("wristband-lockers", "gap", 90,
     ["wristbands don't open lockers", "locker bank rejects bands", "turnstile lets nobody in"],
     ["Since this morning none of the wristbands open the lockers in the women's changing room.",
      "Locker bank 3 beeps red for every band, even new ones.",
      "The turnstile at the entrance shows a green light but doesn't turn."],
     ["Locker controller restarted.", "Band encoding table re-imported.", "Vendor replaced the turnstile reader."]),
    ("vpn", "covered", 110,
     ["remote access tunnel fails", "vpn cuts out"],
     ["From home the VPN client spins on connecting and gives up.", "The tunnel comes up briefly then drops."],
     ["Client pointed at the right portal.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mail storage full", "quota warning every hour"],
     ["Nothing sends, Outlook says no room left in my mailbox.", "I get a nearly-full warning on the hour."],
     ["Online archive enabled.", "Deleted big old attachments with the caller."]),
    ("shared-folder", "covered", 75,
     ["S: drive missing", "denied on the events folder"],
     ["The events S: drive isn't under This PC any more.", "The events folder says I'm not allowed in."],
     ["Re-mapped the drive.", "Folder owner approved, caller added to the group."]),
    ("teams-audio", "covered", 60,
     ["Teams call silent", "microphone not found in Teams"],
     ["In Teams calls nobody hears me, the mic isn't muted.", "Teams keeps using the laptop speakers, not my headset."],
     ["Picked the headset under devices in Teams.", "Updated the headset firmware."]),
    ("restore", "covered", 40,
     ["get a deleted file back", "older copy of a sheet needed"],
     ["The gala timetable workbook got deleted from the share, can it come back?",
      "I saved over the lane plan, can I have yesterday's?"],
     ["Previous version restored.", "Recovered from the nightly backup."]),
]
