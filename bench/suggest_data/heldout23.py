"""TWENTY-THIRD HELD-OUT phrasing bank (v23): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 23's tuning; the tuners never see it; its aggregate figures are
looked at once, after the round's merge.

A fictional touring circus, fairground-ride operator and aerial school ("Morvaszek-Oyelaran Circus &
Fairgrounds": big tops pitched on open ground, rigging points with load cells, fairground rides with
daily test sheets, a box office with ticket scanners, a convoy of lorries and caravans with trackers,
diesel generators with telemetry, a wardrobe of tagged costumes, crew caravans with pitch meters,
and an aerial and acrobatics school with harness registers) on tour through Szeged, Iași, Oulu,
Plovdiv, Shiraz, Daegu, Da Nang, Madurai, Patras, Curitiba and Leeds, instead of any sector an
earlier bank used. Its own systems (the rigging log "RigCheck", the tent layout "TentPlan", the ride
test sheets "RideLog", the box office "BoxRing", the school timetable "AcroDesk", the convoy routing
"HaulRoute", the costume store "WardrobeKit", the generator screen "GenWatch", the caravan allocation
"CrewBunk", the intranet "RingNet"), staff numbers written "MOC" plus digits, "RG/" plus digits
(riggers) and "AE-" plus digits (aerial coaches); the closure habits of one more desk in its own
words and languages (English, Hungarian, Romanian, Finnish, Bulgarian, Persian, Korean, Vietnamese,
Tamil, Greek, Brazilian Portuguese: "megoldva", "rezolvat", "hoidettu", "оправено", "حل شد",
"처리 완료", "đã xong", "முடிந்தது", "λύθηκε", "resolvido", "sorted in the ring - no IT needed",
"ride question, passed to the ride engineer"), subjects that carry a caller's name alone ("{LAST}",
"{first} hívott", "{FIRST}??", "sună-l pe {first}", "{first} soitti", "{last} {first} звъня",
"ligar para {first}", "{FIRST} {last} 전화") and names in prefixes, suffixes and the middle of subjects
in every case, trial tickets of other shapes, machine mail from monitoring tools earlier banks did
not use ("Zenoss", "LibreNMS", "Observium", "PRTG", "Centreon", "SolarWinds", "Pandora FMS",
"Nagios XI", "Better Stack", "Healthchecks.io", "Cronitor", "Freshping", "Splunk On-Call",
"Squadcast", "Alertmanager", "Kibana", and the generator, rigging and ride controllers),
out-of-office replies in the bank's languages, printer status of other shapes, form templates
(pitch permit, ride inspection booking, school enrolment, costume fitting, convoy slot, a new
rigger with a name), generic password, lockout, MFA and expiry requests mostly written without the
words password, account or login ("won't let me in", "shows me the door", "three strikes and out",
misspelt, in every language of the bank, in Cyrillic, Arabic, Hangul, Tamil and Greek scripts, with
the in-house application names), covered device and network topics written the same way, and eight
gap topics whose words the evaluation KB lacks or uses in another sense (a "point" is a rigging point,
a "check" is a ride's daily test, a "ticket" is a spectator's, a "route" is a convoy's, a "fuel" is a
generator's, a "tag" is on a costume, a "pitch" is a caravan's, a "password" opens a protected
archive or workbook sent by the insurer or the ride inspector; some gap subjects mention an account
or a sign-in although the problem is not signing in). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a tour stop, ``{line}`` a ride, ring, lorry or rigging-point number.
"""

ORG = "Morvaszek-Oyelaran Circus & Fairgrounds"
DOMAIN = "morvaszek-oyelaran.example.org"
START = "2036-07-13"
DAYS = 44
OUTLIER_DATES = ("1979-04-01 09:00:00", "2101-01-01 00:00:01", "2003-03-03 03:03:03", "1988-08-08 08:08:08",
                 "2077-11-30 18:45:12", "2010-10-10 10:10:10")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Bence Réka Zsófia Levente Dorina Ioana Mihai Cosmin Ilinca Teodora Aino Veeti Sanni Onni Iida
Tsvetan Radostina Biserka Kaloyan Desislava Parisa Kourosh Shirin Arash Mahsa Jiwoo Minseok Seoyeon Hyunwoo Dahye
Thảo Khoa Nhung Phát Quyên Kavitha Senthil Meenakshi Arulmozhi Karthik Eleni Spyros Vasiliki Thodoris Rafaela
Thiago Luana Caio Yasmin Gildásio Wren Eamon Tabitha""".split()
LAST_NAMES = """Szalai Kertész Bárány Fodor Vörös Munteanu Ciobanu Dumitrescu Lungu Vartiainen Kallio Heikkilä
Nurmela Stoyanova Georgiev Dimitrov Hadzhieva Rahimi Sadeghi Karimi Mohammadpour Jang Seo Baek Hwang Trần Lê Huỳnh
Võ Murugan Subramanian Pandian Velusamy Anagnostou Karagiannis Zervou Papathanasiou Carvalho Moraes Tavares Schmitt
Oyelaran Haigh Pickersgill""".split()
LAST_NAMES += ["de Souza", "dos Anjos", "Nagy-Tóth", "Ní Bhriain"]

APPS = ["RigCheck", "BoxRing", "RideLog", "AcroDesk", "TentPlan", "HaulRoute", "WardrobeKit", "GenWatch",
        "CrewBunk", "RingNet"]
DEPTS = ["Rigging", "Rides", "Box Office", "Aerial School", "Wardrobe", "Transport", "Power Crew", "Catering",
         "Tour Office", "Accounts"]
BUILDINGS = ["Big Top", "Ring Door", "Ticket Wagon", "Rigging Truck", "Wardrobe Wagon", "Crew Field",
             "Winter Quarters", "School Hall"]
PLANTS = ["Szeged fairground", "Iași big top", "Oulu tour stop", "Plovdiv fairground", "Shiraz big top",
          "Daegu tour stop", "Da Nang fairground", "Madurai big top", "Patras fairground", "Curitiba big top",
          "Leeds winter quarters"]
PLANT_CODES = ["SZG", "IAS", "OUL", "PDV", "SYZ", "TAE", "DAD", "IXM", "GPA", "CWB", "LBA"]
ID_PREFIXES = ["MOC", "RG/", "AE-"]
SENDERS = ["zenoss", "librenms", "prtg", "centreon", "genwatch", "rigcheck", "alertmanager"]
HOST_PARTS = ["szg-box", "ias-rig", "oul-gen", "pdv-pos", "syz-fs", "tae-ap", "dad-sw", "ixm-cam", "gpa-gw",
              "cwb-ride"]
SERVICES = ["ScannerHub", "LoadCellRelay", "ConvoyTracker", "BoxRingApi", "GenTelemetry", "BunkSync"]
JOBS = ["NIGHT_TICKET_SETTLE", "RIG_LOG_ARCHIVE", "RIDE_SHEET_EXPORT", "CONVOY_PLAN_0500", "GEN_FUEL_REPORT",
        "SCHOOL_REGISTER_PUSH"]
PRINTER_MODELS = ["Brother MFC-L9670CDN", "Sharp MX-3571", "Kyocera TASKalfa 3554ci", "Lexmark CX833se",
                  "OKI MC883dn"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["sorted in the ring - no IT needed", "ride question, passed to the ride engineer",
                "not for IT: lost juggling clubs", "megoldva", "lásd előző", "rezolvat", "vezi anterior",
                "hoidettu", "katso edellinen", "оправено", "виж предишния", "حل شد", "مثل قبلی", "처리 완료",
                "이전과 동일", "đã xong", "như trên", "முடிந்தது", "மேலே உள்ளபடி", "λύθηκε", "όπως πριν",
                "resolvido", "mesmo que o anterior", "(nincs tárgy)", "(fără subiect)", "(ei aihetta)",
                "(без тема)", "(بدون عنوان)", "(제목 없음)", "(không có tiêu đề)", "(பொருள் இல்லை)",
                "(χωρίς τίτλο)", "(sem assunto)", "~", "...", "-/-", "ok", "{LAST}", "{first} hívott",
                "{FIRST}??", "sună-l pe {first}", "{first} soitti", "{last} {first} звъня", "ligar para {first}",
                "{FIRST} {last} 전화", "{first} از باکس آفیس", "hívd vissza {LAST}", "{last}, {FIRST}",
                "για {first} {LAST}", "{first} {LAST} chờ gọi lại", "{LAST} ({first}) rang", "{first} அழைத்தார்",
                "parent asked about the matinee times, answered", "clown asked where the prop van parks, told",
                "belongs to the ride engineer, forwarded", "köszi", "mulțumesc", "kiitos", "благодаря", "ممنون",
                "감사합니다", "cảm ơn", "நன்றி", "ευχαριστώ πολύ", "valeu", "cheers"]
TESTS = ["test {num}", "teszt teszt {num}", "proba {num}", "testi {num}{num}", "тест тест {num}", "آزمایش {num}",
         "테스트 {num}", "thử {num}", "சோதனை {num}", "δοκιμαστικό {num}", "teste, pode ignorar",
         "box office form check - bin it", "trying the new ring inbox, ignore", "IGNORE THIS {num}{num}"]
ALERTS = [
    "Zenoss: {host} /Status/Ping CRITICAL",
    "Zenoss: {host} cleared",
    "LibreNMS: Port down on {host} ifIndex {num}",
    "LibreNMS recovery: {host} Device up",
    "Observium: [{host}] Storage usage ALERT",
    "PRTG Sensor {svc} (Ping) Down ended",
    "PRTG: {host} - Sensor Disk Free {pct}% Warning",
    "Centreon: ** PROBLEM Service Alert: {host}/Memory is WARNING **",
    "SolarWinds: Node {host} is Down",
    "Pandora FMS: [CRITICAL] module cpu_load on {host}",
    "Nagios XI: {svc} on {host} is UNKNOWN",
    "Better Stack: {svc} went down",
    "Healthchecks.io: \"{job}\" is DOWN",
    "Cronitor: {job} failed to check in",
    "Freshping: {svc} is not responding",
    "Splunk On-Call: CRITICAL {host} unreachable",
    "Squadcast incident #{num}{num}{num}: {svc} latency",
    "[FIRING:{num}] InstanceDown {host}:9100",
    "[RESOLVED] InstanceDown {host}:9100",
    "Kibana rule: failed_auth_spike triggered",
    "Job {job} exited with code {code}",
    "TLS cert {host}.{domain} valid for {num} more days",
    "[GenWatch] Generator {line} fuel below {pct}% at {plant}",
    "[GenWatch] Generator {line} oil pressure LOW",
    "[RigCheck] Point {line} load cell over limit at {plant}",
    "[RigCheck] Point {line} no reading",
    "[RideLog] Ride {line} daily check overdue",
    "[BoxRing] Scanner gate {line} offline",
    "Automatikus válasz: szabadságon {date}-ig",
    "Răspuns automat: în concediu până la {date}",
    "Automaattinen vastaus: lomalla {date} asti",
    "Автоматичен отговор: в отпуск до {date}",
    "پاسخ خودکار: تا {date} در مرخصی هستم",
    "자동 회신: {date}까지 휴가 중",
    "Trả lời tự động: nghỉ phép đến {date}",
    "தானியங்கு பதில்: {date} வரை விடுப்பில்",
    "Αυτόματη απάντηση: σε άδεια μέχρι {date}",
    "Resposta automática: de férias até {date}",
]
PRINTER_STATUS = [
    "{printer}: waste toner box nearly full",
    "[{model}] fuser life at end",
    "{model} in the {bldg}: cyan {pct}% used",
    "Scanned document from {printer} at {time}",
    "{printer}: tray 2 open",
    "Counter report {model} serial {serial}",
    "{printer} - paper low in MP tray",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-pitch-permit", "form", "Pitch permit request {id7} :: {plant} :: from {date}"),
    ("form-ride-inspection", "form", "Ride inspection booking / ride {line} / {date} / ref {id7}"),
    ("form-school-enrolment", "form", "Aerial school enrolment #{id7} - {plant} - term from {date}"),
    ("form-costume-fitting", "form", "Costume fitting slot for act {line} ({date}) [{id7}]"),
    ("form-convoy-slot", "form", "Convoy departure slot - lorry {line} - {plant} - {date}"),
    ("form-new-rigger", "form", "New rigger onboarding: {FIRST} {LAST} | {dept} | RG/{id7} | {date}"),
    ("form-new-starter-it", "covered", "IT kit for new crew member {person}, {dept}, starting {date} (MOC{id7})"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["won't let me in", "it shows me the door every time", "my magic word doesn't work anymore",
                    "blanked on the thing I type at the start", "cant remmber what i chose", "pasword forgot agian",
                    "paswrod reset plz", "need it reset, my head is empty", "what was I supposed to type?",
                    "the wagon pc says wrong every time", "new clown doesn't know what to put in",
                    "typed it letter by letter, still no", "let me in again please",
                    "nem enged be", "elfelejtettem a jelszavam", "nu mă lasă să intru", "am uitat parola",
                    "ei päästä sisään", "unohdin salasanan", "не ме пуска", "забравих си паролата",
                    "نمی‌تونم وارد بشم", "رمزم یادم رفته", "들어가지지가 않아요", "비번 까먹었어요",
                    "không vào được", "quên mật khẩu rồi", "உள்ளே போக முடியவில்லை", "கடவுச்சொல் மறந்துவிட்டேன்",
                    "δεν με αφήνει να μπω", "ξέχασα τον κωδικό μου", "não consigo entrar", "esqueci a senha",
                    "not a lock, I simply forgot what I set on Friday",
                    "the word for the ticket wagon pc went out of my head"]
APP_PASSWORD = ["{app} won't let me in", "{app} turns me away", "{app} says what I type is wrong",
                "{APP} KICKS ME OUT", "{app} forgot who I am after the update", "{app} asks for a code that never comes",
                "{app} wants me to choose a new one", "{app} - new rigger can't get in", "{app} pin reset pls",
                "{app} on the ring tablet refuses me", "{app} nem enged be", "{app} nu mă lasă",
                "{app} ei päästä sisään", "{app} не ме пуска", "{app} راهم نمیده", "{app} 로그인이 안 돼요",
                "{app} không cho vào", "{app} உள்ளே விடவில்லை", "{app} δεν με δέχεται", "{app} não me deixa entrar"]
LOCKOUT = ["three strikes and out", "shut me out after a few goes", "it says I'm barred",
           "barred at the ticket wagon before the matinee", "too many wrong goes, now it's frozen",
           "it won't let me have another go", "unbar me please, queue round the tent", "MOC{id7} barred",
           "FROZEN OUT!!", "windows says it's locked", "locked every morning since the wagon pc kept the old one",
           "három próba után kizárt", "blocat după trei încercări", "lukittui kolmen yrityksen jälkeen",
           "блокира ме след три опита", "بعد از سه بار قفل شد", "세 번 틀려서 잠겼어요", "bị khóa sau ba lần thử",
           "மூன்று முறை தவறியதும் பூட்டப்பட்டது", "κλείδωσε μετά από τρεις προσπάθειες",
           "bloqueou depois de três tentativas", "lokked out", "barrred again",
           "locks me whenever I swap to the scanner gate"]

TOPICS = [
    # covered by the evaluation KB
    ("printing", "covered", 125, ["tour office printer spits nothing out", "printer offline in the ticket wagon",
        "jobs piling up on the printer", "printer shows fault {num}{num}", "PRINTER BROKEN AGAIN",
        "a nyomtató nem nyomtat", "imprimanta nu printează", "tulostin ei tulosta", "принтерът не печата",
        "프린터가 출력이 안 돼요"]),
    ("wifi", "covered", 115, ["no wifi in the crew field", "wireless gone in the big top", "laptop won't join the crew wifi",
        "wifi cuts out every few minutes", "nincs wifi", "wifi-ul nu merge", "wifi ei toimi", "wifi-то не работи",
        "와이파이가 안 돼요", "wifi không vào được"]),
    ("vpn", "covered", 90, ["vpn won't connect from the caravan", "vpn spins forever", "vpn falls over every hour",
        "vpn error {num}{num}{num}", "VPN nem csatlakozik", "VPN não conecta"]),
    ("outlook", "covered", 95, ["outlook won't start", "outlook hangs on loading profile", "outlook closes straight away",
        "outlook totally stuck", "Outlook nu pornește", "Outlook 안 열려요"]),
    ("mailbox-full", "covered", 45, ["mailbox full nothing sends", "mail quota exceeded", "inbox out of space",
        "postaláda megtelt"]),
    ("slow-pc", "covered", 100, ["computer crawling", "laptop takes forever to boot", "pc hangs all day",
        "ticket wagon pc slow as a snail", "a gép nagyon lassú", "kone on tosi hidas", "máy tính chậm quá"]),
    ("monitor", "covered", 70, ["second monitor no signal", "dock won't show my screen", "screen flickers on the dock",
        "external display black", "második monitor fekete", "η δεύτερη οθόνη δεν δείχνει"]),
    ("software", "covered", 80, ["need a program put on", "install software for the school office",
        "please add an app to my laptop", "software request for accounts", "can you install a tool on my pc"]),
    ("shared-folder", "covered", 85, ["can't get to the shared drive", "shared folder says access denied",
        "network drive disappeared", "need access to the tour office share", "my T: drive is gone"]),
    ("phishing", "covered", 50, ["dodgy mail with a link", "is this email real?", "fake tent invoice in my inbox",
        "mail asking me to buy gift cards for the ringmaster", "phishing posing as the IT team"]),
    ("mfa", "covered", 90, ["authenticator prompts don't show up", "text code never arrives", "new phone, authenticator app",
        "verification code not coming", "{app} keeps asking for a code", "nem jön meg a kód",
        "codul de verificare nu vine", "인증 코드가 안 와요", "mã xác minh không đến", "o código não chega"]),
    ("password-expired", "covered", 45, ["it says mine has run out", "told to change it by today",
        "expired, now stuck", "lejárt, cserélni kell", "έληξε, πρέπει να τον αλλάξω", "{app} says mine ran out"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive stuck on processing", "red crosses on onedrive files"]),
    ("teams-audio", "covered", 50, ["no audio in teams", "nobody can hear me on teams", "teams microphone dead",
        "teams won't use my headset"]),
    ("bitlocker", "covered", 30, ["bitlocker asking for a key", "laptop wants a recovery key", "recovery key prompt on boot"]),
    ("laptop-power", "covered", 50, ["laptop won't power up", "laptop not charging", "laptop totally dead",
        "a laptop nem kapcsol be", "лаптопът не се включва"]),
    ("badge", "covered", 40, ["badge won't open the wagon door", "card refused at the winter quarters door",
        "reader ignores my card"]),
    ("restore", "covered", 35, ["get a deleted file back please", "deleted the act running order by mistake",
        "need last week's version of a spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard stopped typing", "wireless mouse not working",
        "keyboard puts the wrong characters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck on registering", "ticket wagon phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("rigging-points", "gap", 95, ["RigCheck shows no load on point {line}", "load cell on point {line} reads zero",
        "RIGCHECK POINT {line} NO DATA", "rigging inspection log empty since the move",
        "signed in to RigCheck but no rigging points listed", "a függesztési pont adatai eltűntek",
        "point {line} load doubled overnight"]),
    ("ride-checks", "gap", 85, ["RideLog won't save the daily check for ride {line}", "ride test sheet missing the brakes step",
        "RIDELOG RIDE {line} CHECK OVERDUE", "RideLog shows yesterday's checks as today",
        "ride engineer logged in but RideLog has no rides"]),
    ("box-office-scanners", "gap", 80, ["BoxRing scanners reject every ticket at gate {line}",
        "seat map shows the big top from the last town", "tickets sold twice for the matinee",
        "BoxRing refunds stuck pending", "customer account shows tickets but scanner says void"]),
    ("convoy-routing", "gap", 70, ["HaulRoute sends lorry {line} under a low bridge", "convoy trackers offline",
        "HaulRoute plan missing the caravans", "lorry {line} shows in the wrong country on the map",
        "route planner lost the weight limits after we signed in"]),
    ("generator-telemetry", "gap", 65, ["GenWatch fuel level stuck on generator {line}", "generator {line} not reporting",
        "GENWATCH NO DATA FROM GEN {line}", "fuel graph flat since Sunday", "GenWatch shows the wrong tour stop"]),
    ("costume-tags", "gap", 55, ["WardrobeKit can't read the costume tags", "costume for act {line} shows as lost",
        "tag reader in the wardrobe wagon dead", "WardrobeKit fitting notes gone",
        "wardrobe mistress signed in but no costumes listed"]),
    ("caravan-pitches", "gap", 50, ["CrewBunk gave two families the same caravan", "pitch meter {line} not reporting",
        "CrewBunk shows the old crew list", "caravan allocations lost after the move",
        "crew member account says no caravan assigned"]),
    ("protected-files", "gap", 45, ["insurer's zip wants a password to open", "can't open the 7z the ride inspector sent",
        "forgot the password I put on the wages workbook", "encrypted attachment from the council won't open",
        "which code opens the protected archive?", "a jelszavas zip nem nyílik", "arhiva parolată nu se deschide"]),
]

VAGUE = ["Issue", "Help!", "Tent", "Ride", "Ring", "Screen", "Wagon", "Query", "Can't get in", "Printer",
         "ASAP", "Gate", "Power"]

ONEOFF_OBJECTS = ["trapeze bar", "safety net", "crash mat", "juggling club", "unicycle", "stilts", "clown horn",
    "ring curtain", "spotlight", "follow spot", "smoke machine", "sound desk", "radio mic", "tent peg driver",
    "king pole winch", "guy rope", "popcorn machine", "candy floss machine", "ticket roll", "cash box",
    "ride barrier", "dodgem pole", "carousel horse", "ghost train door", "waltzer car", "lorry tail lift",
    "caravan step", "water bowser", "generator cover", "fuel pump", "harness", "carabiner", "chalk bucket",
    "first aid kit", "defibrillator", "fire extinguisher", "coffee machine", "kettle", "microwave", "fridge",
    "water cooler", "keyboard", "mouse", "headset", "webcam", "usb stick", "mobile phone", "sim card", "charger",
    "desk phone", "chair", "monitor arm", "desk lamp", "heater", "notice board", "ring clock", "megaphone"]
ONEOFF_COMPLAINTS = ["broken", "dead", "how do I use the", "missing", "worn out", "shows an error", "won't start",
    "need a second", "problem with", "ancient", "set up wrong", "slow", "on and off", "can't find", "manual for",
    "want access to", "left behind at the last stop", "keeps resetting", "cracked", "please install", "replace",
    "outdated", "jammed", "wrong", "leaking", "creaks", "wobbly", "too loud", "smells of diesel"]
ONEOFF_FREE = [
    "can the screen by the ticket wagon show the show times", "long cable for the ring door camera",
    "how many radios can the rigging crew have", "wristband printer at the gate smudges",
    "where is the ride inspection certificate for the carousel", "spare key to the fuel store lost",
    "ticket wagon phone should ring in the tour office too", "rainproof cover for the gate tablet",
    "floodlights in the crew field on all day", "school timetable page shows next term",
    "name badges for 40 seasonal crew", "card reader at the candy floss stand refuses contactless",
    "burning smell near the generator switchboard", "remote for the foyer TV missing",
    "posters soaked by the storm", "map of the fairground for the website",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.03, "Vá: "), (0.05, "RE: "), (0.07, "VS: "), (0.08, "FW: "), (0.09, "ΣΧΕΤ: "), (0.11, "Re: "),
                  (0.13, "{plant}: "), (0.15, "{person} >> "), (0.16, "{LAST} {FIRST}: "), (0.17, "{first}: "),
                  (0.19, "MOC{id7} "), (0.20, "Ride {line}: "), (0.21, "SÜRGŐS: ")]
NOISE_SUFFIXES = [(0.04, " - {person}"), (0.06, " // {first}"), (0.08, " ({netid})"), (0.10, " ext {ext}"),
                  (0.12, " at the {bldg}"), (0.14, " @ {plant}"), (0.15, " ride {line}"), (0.17, " RG/{id7}"),
                  (0.18, " köszi"), (0.19, " asap"), (0.21, " (sent from the ring tablet)"), (0.23, " for {FIRST} {LAST}"),
                  (0.25, " - mersi {first}"), (0.26, " kiitos"), (0.28, " -- {LAST}"), (0.29, " {LAST}, {first}"),
                  (0.30, " [{first} {last}]")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(code on his phone: {otp})",
    "she read {otp_spaced} over the radio",
    "confirmed with code {otp}",
    "gave him a temporary one, {password}, he changes it on first use",
    "he pasted {password} in the crew group, deleted it",
    "the rigger says his is {password}",
    "Ideiglenes jelszó: {password}",
    "Üdvözlettel\n{first} {last}\n{dept}",
    "user {USERID} barred again",
    "please unbar {USERID}",
    "{USERID} has left the tour - disable",
    "{first} {last} | user {USERID} | laptop {ws2}",
    "home mail {email_obf}",
    "answer to {email}, not the shared box",
    "call {phone_nat} after the show",
    "mobile {phone_intl} (Viber)",
    "please send the tablet to {address_x}",
    "new home address: {address_eu}",
    "ship it to {address_us}",
    "attn {LAST}",
    "signed off by {last}",
    "cc {first} {last}",
    "{first_plain} in {dept} noticed it",
    "Törzsszám {id7}",
    "coach id {id_alnum}",
    "badge {id7} refused at the winter quarters",
    "candy floss stand charged {card} twice",
    "{ws2} mac {mac2}",
    "failed sign-ins from {ip} on the box office site",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Morvaszek-Oyelaran Circus & Fairgrounds.", "Morvaszek-Oyelaran Circus & Fairgrounds"),
    ("room", "Meet in the Sawdust Room.", "Sawdust Room"),
    ("place", "Canvas shipped from Kecskemét.", "Kecskemét"),
    ("product", "The Zamperla Disk'O 24 ride is back.", "Zamperla Disk'O 24"),
    ("team", "Assigned to Team Flying Trapeze.", "Team Flying Trapeze"),
    ("category", "Category: Rigging, Load Cells", "Rigging, Load Cells"),
    ("version", "BoxRing 5.8.3310.2 installed.", "5.8.3310.2"),
    ("error_code", "Scanner gate shows BR-E442.", "BR-E442"),
    ("server_name", "Check logs on SYZ-FS-03.", "SYZ-FS-03"),
    ("role_email", "Copy riggers@morvaszek-oyelaran.example.org in.", "riggers@morvaszek-oyelaran.example.org"),
    ("asset_tag", "Asset MOC-AST-662014 serviced.", "MOC-AST-662014"),
    ("ticket_ref", "Linked to PRB0051877.", "PRB0051877"),
    ("place", "Storm over Kavala.", "Kavala"),
    ("product", "Two Caterpillar XQ60 generators hired.", "Caterpillar XQ60"),
    ("place", "Lorries parked at Hódmezővásárhely.", "Hódmezővásárhely"),
    ("batch", "Diesel delivery DF-36-0729 received.", "DF-36-0729"),
    ("ride", "Rides 3-5 closed Monday.", "3-5"),
]

PHONES_INTL = """+36 62 418 273; +36 30 417 2286; +40 232 418 773; +40 744 218 409; +358 8 5417 2230; +358 40 718 4423; +359 32 641 887; +359 88 741 2209;
+98 71 3641 2280; +98 917 418 2207; +82 53 741 2286; +82 10 4172 8830; +84 236 3841 227; +84 905 418 773; +91 452 253 4418; +91 94432 18077;
+30 2610 441 873; +30 694 218 4407; +55 41 3241 7730; +55 41 99842 1176; +44 113 496 0721; +44 7700 900418""".replace("\n", " ").split("; ")
PHONES_NATIONAL = ["(62) 418-273", "06 30 417 2286", "0232 418 773", "0744 218 409", "08 5417 2230",
                   "040 718 4423", "032 641 887", "0887 412 209", "071-3641-2280", "0917 418 2207", "053-741-2286",
                   "010-4172-8830", "0236 3841 227", "0905 418 773", "0452 253 4418", "094432 18077",
                   "2610 441873", "694 2184407", "(41) 3241-7730", "(41) 99842-1176"]
ADDRESSES_EU = ["Kárász utca 14. 2/5, 6720 Szeged", "Str. Lăpușneanu nr. 22, bl. A, ap. 7, 700057 Iași",
                "Isokatu 31 B 12, 90100 Oulu", "ул. Райко Даскалов 48, ет. 3, ап. 9, 4000 Пловдив",
                "Οδός Μαιζώνος 112, 262 21 Πάτρα", "Kossuth Lajos sugárút 7, 6722 Szeged",
                "Rautatienkatu 9 as. 4, 90100 Oulu"]
ADDRESSES_US = ["1187 Sawdust Ln, Apt 2B, Sarasota, FL 34236", "PO Box 4410, Baraboo, WI 53913",
                "82 Midway Ct, Unit 5, Peru, IN 46970", "3307 Carousel Dr, Hugo, OK 74743"]
ADDRESSES_OTHER = ["شیراز، خیابان زند، کوچه ۱۲، پلاک ۴۷، واحد ۳", "대구광역시 중구 동성로 41, 302호",
                   "Số 118 Bạch Đằng, phường Hải Châu 1, quận Hải Châu, Đà Nẵng",
                   "14, மேல மாசி வீதி, மதுரை 625001", "No. 22, West Masi Street, Madurai 625001",
                   "Rua XV de Novembro 1180, ap. 804, Centro, 80060-000 Curitiba - PR",
                   "Flat 4, 19 Roundhay Road, Leeds LS7 3BG"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Szia,", "Bună,", "Moi,", "Здравейте,", "سلام،", "안녕하세요,", "Chào anh,", "வணக்கம்,", "Γεια σας,",
                  "Oi pessoal,", "Hi {first},", "Alright desk,", "Helló!", "Hei,"]
RICH_SIGNOFFS = ["Üdv\n{first}", "Cu stimă,\n{first} {last}", "Terveisin\n{first}", "Поздрави,\n{first} {last} / {dept}",
                 "با سپاس\n{first}", "--\n{first} {last} · Rigger · {phone_intl}", "감사합니다\n{LAST} {FIRST}",
                 "Trân trọng,\n{last}", "நன்றி\n{first}", "Με εκτίμηση,\n{first} {last}", "Abraços\n{first}",
                 "Ta,\n{first}", "Cheers\n{first} {last}"]
RICH_COMMENTS = ["Rang the rigging truck twice, crew up the king poles.", "Took control of the laptop remotely.",
                 "Box office is selling on paper meanwhile.", "Tour manager to approve before we change anything.",
                 "Vendor case opened, number in the attachment.", "Ride engineer saw the same on site.",
                 "Handed to networks.", "Left a voicemail.",
                 "Caller is in the ring until the interval, rings back after.", "Tech went out with the morning lorry."]
RICH_GENERIC_NOTES = ["Walked the caller through it.", "No answer in ten days, closed.", "Sorted.",
                      "Caller confirms it works now.", "Nothing more to do.", "Back to normal."]
RICH_ONEOFF_BODIES = ["The {thing} is acting up again since we moved, can someone check?",
                      "Is the {thing} yours or the ride crew's?",
                      "{thing} by the ring door is broken again.",
                      "The {thing} must work before Friday's premiere, please."]

RICH_TOPICS = [
    ("wifi", "covered", 330,
     ["crew field wireless patchy", "staff wifi gone", "laptop won't take the wireless"],
     ["In the crew field the laptop keeps falling off the wireless and coming back, all evening.",
      "Only the guest network shows up; the crew one has vanished from the list.",
      "Full bars but nothing loads, every page times out."],
     ["Forgot the network and joined again.", "Access point by the wagons restarted by networks.",
      "Wireless driver updated, stable since."]),
    ("printer", "covered", 210,
     ["ticket wagon printer offline", "printer prints nothing", "print queue jammed"],
     ["The ticket wagon printer says offline and the group tickets won't come out.",
      "When I print the running order nothing happens; the queue shows an error.",
      "The tour office hasn't printed anything since this morning."],
     ["Cleared the queue and restarted the spooler.", "Turned the printer off and on.",
      "Removed the printer and added it again from the server."]),
    ("lockout", "covered", 150,
     ["barred after typing it wrong", "locked at the start screen", "FROZEN OUT AGAIN"],
     ["Typed it wrong a few times before the matinee and now it won't let me have another go.",
      "Every morning after a move the wagon pc says I'm barred.",
      "It says I'm locked but I haven't changed anything."],
     ["Unbarred; an old copy saved on the ring tablet was removed.", "Unbarred, caller working."]),
    ("rigging-points", "gap", 150,
     ["rigging log shows no loads", "load cells frozen", "overload alarm every night"],
     ["RigCheck has shown no load on the trapeze points since the move, although the crew hung the rig.",
      "The load cell readings haven't changed in two days while the net was taken down and put back.",
      "RigCheck raises an overload alarm every night at 3 with nothing hanging."],
     ["Load cell recalibrated.", "Relay box restarted by the vendor.", "Alarm limit corrected."]),
    ("protected-files", "gap", 120,
     ["insurer's zip won't open", "7z asks for a password", "protected workbook locked"],
     ["The insurer sent the ride certificates as a zip that asks for a password, and nobody told us which one.",
      "The ride inspector's report came as a 7z archive that wants a password before anything can be extracted.",
      "I put a password on the wages workbook last season and can't remember what I used to protect the file."],
     ["Sender read the code out on the phone; file opened.", "Inspector re-sent the report unprotected.",
      "Could not be recovered; rebuilt from the paper copy."]),
    ("box-office-scanners", "gap", 95,
     ["scanners reject tickets", "gate scanner says void", "seat map wrong"],
     ["Since the doors opened none of the printed tickets scan at gate 2, the queue goes round the tent.",
      "The scanner at the main gate beeps red for every mobile ticket, even ones sold an hour ago.",
      "The seat map in BoxRing still shows the big top layout from the last town."],
     ["Scanner list re-synced.", "Ticket batch re-imported.", "Vendor replaced the scanner firmware."]),
    ("vpn", "covered", 105,
     ["remote tunnel fails", "vpn keeps dropping"],
     ["From the caravan the VPN client sits on connecting and then gives up.",
      "The tunnel comes up for a minute and drops."],
     ["Client pointed at the right portal.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mail storage full", "quota warning every hour"],
     ["Nothing goes out, Outlook says my mailbox has no room left.", "I get a nearly-full warning every hour."],
     ["Online archive switched on.", "Removed big old attachments with the caller."]),
    ("shared-folder", "covered", 75,
     ["T: drive missing", "denied on the tour office folder"],
     ["The tour office T: drive is no longer under This PC.", "The tour office folder says I'm not allowed in."],
     ["Drive mapped again.", "Folder owner approved, caller added to the group."]),
    ("teams-audio", "covered", 60,
     ["Teams call silent", "Teams can't find the microphone"],
     ["Nobody hears me in Teams calls and I'm not muted.", "Teams keeps using the laptop speakers instead of my headset."],
     ["Picked the headset under devices in Teams.", "Headset firmware updated."]),
    ("restore", "covered", 40,
     ["bring back a deleted file", "need an older copy of a sheet"],
     ["The running order workbook was deleted from the share, can it come back?",
      "I saved over the convoy plan, can I have yesterday's?"],
     ["Earlier version restored.", "Recovered from the nightly backup."]),
]
