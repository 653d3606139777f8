"""NINETEENTH HELD-OUT phrasing bank (v19): FROZEN. Written by a separate helper who never read kbgen's
rule code, before round 19's tuning; the tuners never see it; its aggregate figures are looked at
once, after the round's merge.

A fictional network of astronomical observatories and public planetariums ("Skellgarth-Adeyinka
Observatories & Planetaria": mountain-top telescopes with domes, a remote observing queue, CCD and
spectrograph cameras cooled to low temperatures, all-sky weather stations, a data archive of night
frames, a planetarium dome theatre with show playback, school-visit bookings and a members' stargazing
club, at sites in the Atacama, the Karoo, La Palma and Montsec, Maidanak, Entoto, Okayama, Iran's
Gargash, Piszkéstető and Molėtai) instead of any sector an earlier bank used. Its own systems (the
observing queue "NightQueue", the dome controller "DomeCtl", the camera cooler console "CryoCam", the
frame archive "StarVault", the planetarium playback "DomeShow", the weather mast "SkyMast", school
bookings "VisitPlan", the members' app "StarClub"), staff numbers written "SAO" plus digits, "OBS/" plus
digits and "N°" plus digits; the closure habits of one more desk in its own words and languages ("ya
está", "klaar gemaak", "kulungisiwe", "fet", "hal qilindi", "ተፈቷል", "対応済み", "انجام شد", "megoldva",
"sutvarkyta", "dome issue, passed to the night assistant", "no IT content - astronomy question"),
subjects that carry a caller's name alone ("{LAST}", "{first} {last} rang", "message for {FIRST}",
"{person} (no subject)") and names in prefixes, suffixes and the middle of subjects in every case,
trial tickets of other shapes, machine mail from monitoring tools earlier banks did not use (Icinga 2,
Checkmk, Uptime Kuma, Grafana OnCall, Opsgenie, Better Stack, Elastic Watcher, UptimeRobot, Nagios XI,
the dome and cooler controllers), out-of-office replies in Spanish, Afrikaans, isiXhosa, Catalan,
Uzbek, Amharic, Japanese, Persian, Hungarian and Lithuanian, printer status of other shapes, form
templates (telescope time applications, school-visit bookings, dome maintenance windows, visiting
astronomer arrivals, night-assistant rota swaps, a new observer with a name), generic password,
lockout, MFA and expiry requests written with new verbs and images ("my password fell into a black
hole", "the login door is shut on me", "computer forgot who I am", "my key to the system stopped
turning") and those languages, covered device and network topics written the same way, and eight gap
topics whose words the evaluation KB lacks or uses in another sense (a "session" is an observing
session, a "queue" is the telescope's, a "camera" is a cooled CCD, a "show" is a planetarium show,
a "booking" is a school's visit, a "dome" is a telescope's, an "archive" holds night frames, a
"station" measures weather; some gap subjects mention a login or a password although the problem is
not signing in). Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is an observatory or planetarium, ``{line}`` a telescope or dome number.
"""

ORG = "Skellgarth-Adeyinka Observatories & Planetaria"
DOMAIN = "skellgarth-adeyinka.example.org"
START = "2034-05-12"
DAYS = 39
OUTLIER_DATES = ("1979-09-09 09:09:09", "2071-01-01 01:01:01", "2001-11-11 11:11:11", "1998-02-28 22:15:00",
                 "2090-10-10 10:10:10", "2010-05-05 05:05:05")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Valentina Matías Javiera Benjamín Constanza Pieter Annelie Riaan Marthinus Elsabé Lwazi Nomvula Sipho
Thandeka Ayanda Jordi Montserrat Núria Pau Laia Dilnoza Jahongir Sardor Gulnora Bekzod Abebe Meseret Tigist Yonas
Selamawit Haruto Yui Sota Akari Ren Shirin Arash Parisa Kaveh Niloufar Zsófia Bence Réka Levente Ildikó Rūta Mantas
Gintarė Vytautas Eglė""".split()
LAST_NAMES = """Araya Contreras-Vidal Pizarro Quiroga Sepúlveda Van der Merwe Botha Du Plessis Oosthuizen Mokoena Dlamini
Mbeki-Nkosi Ntuli Xaba Puigdomènech Vilaró Casals-Ribas Ferrer Sabaté Yusupova Karimov Rashidova Tursunov Abdullaev
Tesfaye Bekele Haile-Mariam Gebremedhin Alemu Takahashi Nakamura Fujiwara Ishikawa Kobayashi Hosseini Rahimi
Moradi-Kia Tehrani Farahani Kovács Szabó-Nagy Tóth Balogh Farkas Kazlauskas Petrauskaitė Jankauskas Žukauskas
Vaitkevičius""".split()
LAST_NAMES = [n for n in LAST_NAMES if n not in ("Van", "der", "Merwe", "Du", "Plessis")] + ["Van der Merwe", "Du Plessis"]

APPS = ["NightQueue", "DomeCtl", "CryoCam", "StarVault", "DomeShow", "SkyMast", "VisitPlan", "StarClub", "RotaSky",
        "TicketDome"]
DEPTS = ["Night Operations", "Instrumentation", "Data Archive", "Planetarium Shows", "Education & Visits",
         "Members' Club", "Engineering", "Site Services", "Finance", "Directorate"]
BUILDINGS = ["Dome A", "Dome B", "Control Room", "Instrument Lab", "Planetarium Hall", "Visitor Centre",
             "Residence Block", "Workshop"]
PLANTS = ["Atacama observatory", "Karoo station", "La Palma telescope", "Montsec observatory", "Maidanak station",
          "Entoto observatory", "Okayama dome", "Gargash observatory", "Piszkéstető station", "Molėtai observatory",
          "city planetarium"]
PLANT_CODES = ["ATC", "KRO", "LPA", "MSC", "MDK", "ENT", "OKY", "GRG", "PSZ", "MOL", "PLN"]
ID_PREFIXES = ["SAO", "OBS/", "N°"]
SENDERS = ["icinga", "checkmk", "uptimekuma", "oncall", "opsgenie", "betterstack", "domectl"]
HOST_PARTS = ["atc-dome", "kro-cam", "lpa-ap", "msc-arch", "mdk-wx", "ent-sw", "oky-show", "grg-fs", "psz-ctl",
              "mol-pos"]
SERVICES = ["QueueBroker", "DomeBridge", "CoolerLink", "FrameIngest", "ShowSync", "MastFeed"]
JOBS = ["NIGHT_FRAMES_INGEST", "QUEUE_REBUILD_1800", "CALIB_FLATS_ARCHIVE", "SCHOOL_BOOKINGS_EXPORT",
        "MEMBERS_RENEWAL_RUN", "WEATHER_HOURLY_PUSH"]
PRINTER_MODELS = ["Kyocera TASKalfa 2554ci", "Brother MFC-L9670CDN", "Sharp BP-50C26", "Lexmark CX735adse",
                  "HP Color LaserJet Enterprise M555"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["dome issue, passed to the night assistant", "no IT content - astronomy question", "ya está",
                "mismo caso", "klaar gemaak", "sien vorige", "kulungisiwe", "njengangaphambili", "fet", "com l'anterior",
                "hal qilindi", "avvalgidek", "ተፈቷል", "ከላይ እንዳለው", "対応済み", "同上", "انجام شد", "مثل قبل",
                "megoldva", "lásd fent", "sutvarkyta", "žr. aukščiau", "(sin asunto)", "(geen onderwerp)",
                "(akukho sihloko)", "(sense assumpte)", "(mavzusiz)", "(ርዕስ የለም)", "(件名なし)", "(بدون موضوع)",
                "(nincs tárgy)", "(be temos)", "-", "...", "xx", "okok", "{LAST}", "{first} {last} rang",
                "message for {FIRST}", "{person} (no subject)", "{last}?", "ring back {first}", "{FIRST}",
                "missed call {person}", "asked when the comet is visible, sent to outreach",
                "visitor wanted telescope advice for home", "wrong queue, belongs to facilities", "thx!!", "gracias!",
                "baie dankie", "enkosi", "gràcies", "rahmat", "አመሰግናለሁ", "ありがとう", "ممنون", "köszi", "ačiū"]
TESTS = ["prueba de ticket {num}", "toets toets {num}", "uvavanyo", "prova {num}{num}", "sinov {num}", "ሙከራ",
         "テスト {num}", "تست {num}", "teszt jegy", "bandymas {num}", "mail intake check, discard",
         "form trial run please delete", "TEST TEST", "tt {num}{num}", "dummy ticket for routing"]
ALERTS = [
    "Icinga2: SERVICE ALERT {host}!{svc} CRITICAL",
    "Icinga2: HOST {host} is UP (recovered after {num}m)",
    "Checkmk: {host} - Filesystem /data CRIT - {pct}% used",
    "Checkmk: {host} - CPU load WARN -> OK",
    "[Uptime Kuma] [{svc}] [DOWN] timeout of 48000ms exceeded",
    "[Uptime Kuma] [{svc}] [UP] 200 - OK",
    "Grafana OnCall: alert group #{num}{num}{num} firing - {svc} latency",
    "Opsgenie Alert: [P{num}] {host} not reachable",
    "Better Stack: {svc} went down at {ts}",
    "Elastic Watcher: {job} failed - {num} errors in last run",
    "UptimeRobot: Monitor is DOWN: {svc} ( https://{host}.{domain} )",
    "Nagios XI: PROBLEM {host} PING CRITICAL - Packet loss = 100%",
    "[DomeCtl] Dome {line} shutter fault - closed by safety at {ts}",
    "[DomeCtl] Dome {line} azimuth encoder drift {pct}",
    "[CryoCam] Camera {line} cold head {num}{num} K above setpoint",
    "[CryoCam] Vacuum warning on camera {line}",
    "[SkyMast] Humidity {pct}% - domes to close",
    "[SkyMast] wind gusts over limit at {plant}",
    "Scheduled job {job} completed with warnings",
    "Certificado de {host}.{domain} caduca en {num} días",
    "Respuesta automática: de vacaciones hasta el {date}",
    "Outomatiese antwoord: afwesig tot {date}",
    "Impendulo ezenzekelayo: andikho ofisini kude kube ngu-{date}",
    "Resposta automàtica: fora de l'oficina fins al {date}",
    "Avtomatik javob: {date} gacha ta'tildaman",
    "ራስ-ሰር መልስ፦ እስከ {date} ድረስ ከቢሮ ውጭ ነኝ",
    "自動応答: {date}まで不在です",
    "پاسخ خودکار: تا {date} در مرخصی هستم",
    "Automatikus válasz: {date}-ig szabadságon vagyok",
    "Automatinis atsakymas: atostogauju iki {date}",
]
PRINTER_STATUS = [
    "{printer}: waste toner box full",
    "[{model}] fuser unit near end of life",
    "{model} in {bldg}: cyan cartridge below {pct}%",
    "Scanned document from {printer} at {time}",
    "{printer}: cassette {num} paper size mismatch",
    "Monthly counter {model} serial {serial}",
    "{printer} staple cartridge empty",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-telescope-time", "form", "Telescope time application #{id7} | {plant} | nights from {date}"),
    ("form-school-visit", "form", "School visit booking SV-{id7} - {num}{num} pupils - {date}"),
    ("form-dome-maintenance", "form", "Dome maintenance window: Dome {line} / {plant} / {date}"),
    ("form-visiting-astronomer", "form", "Visiting astronomer arrival :: {person} :: {plant} :: {date}"),
    ("form-rota-swap", "form", "Night assistant rota swap request ({date}) ref RS{id7}"),
    ("form-new-observer", "form", "New observer onboarding - {FIRST} {LAST} - {dept} - start {date}"),
    ("form-new-starter-it", "covered", "IT setup for new colleague {person}, {dept}, first day {date}, SAO{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["my password fell into a black hole", "password vanished from my head over the holidays",
                    "computer forgot who I am", "the login door is shut on me", "my key to the system stopped turning",
                    "need a password again, sorry", "passwrod?", "pasword wont go", "pw reset pls asap",
                    "can't recall my login password after the night shifts", "new observer - what is my password",
                    "password keeps being refused", "password no longer valid apparently", "olvidé la clave",
                    "necesito clave nueva", "wagwoord vergeet", "ndilibele igama lokugqitha", "he oblidat la contrasenya",
                    "parolni unutdim", "የይለፍ ቃሌን ረሳሁ", "パスワードを忘れました", "رمز عبورم را فراموش کردم",
                    "elfelejtettem a jelszavam", "pamiršau slaptažodį", "reset of password from the summit phone",
                    "pw reset - night assistant", "not locked, just no idea what my password is",
                    "password change pls, mine is burnt", "clave nueva por favor", "nuwe wagwoord asseblief"]
APP_PASSWORD = ["{app} refuses my password", "{app} password forgotten", "{app} throws me out at sign in",
                "{APP} PASSWORD WRONG", "{app} says credentials not valid", "{app} asks for a code that never arrives",
                "{app} password expired", "{app} access - new observer", "reset my {app} password",
                "{app} won't take my login on the tablet", "{app} pin lost", "{app} clave incorrecta",
                "{app} wagwoord werk nie", "{app} contrasenya errònia", "{app} パスワードが違う", "{app} jelszó hibás",
                "{app} slaptažodis netinka"]
LOCKOUT = ["the login door is shut on me for good now", "account frozen after too many tries",
           "system says my account is on hold", "locked out again at 3am in the control room", "too many attempts - locked",
           "can't get in at all - locked", "unlock me please, the night is clear", "SAO{id7} locked",
           "LOCKED!!!", "windows says this account is locked", "locked after the dome tablet kept the old password",
           "cuenta bloqueada", "rekening gesluit", "i-akhawunti ivaliwe", "compte bloquejat des del matí",
           "hisob bloklandi", "መለያዬ ተቆልፏል", "アカウントがロックされました", "حسابم قفل شده", "a fiókom zárolva van",
           "paskyra užblokuota", "lcoked out", "acount locked agian", "locks me out after every full moon"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 135, ["printer in the control room prints nothing", "printer shows offline in the visitor centre",
        "print jobs queue up and never print", "printer error E{num}{num}", "NOTHING PRINTS",
        "la impresora no imprime nada", "drukker druk nie", "la impressora no imprimeix", "nyomtató nem nyomtat",
        "spausdintuvas nespausdina"]),
    ("wifi", "covered", 125, ["wifi dies in the residence block", "no wireless at the summit",
        "laptop won't join the staff wifi", "wifi drops out every few minutes", "sin wifi en la cúpula", "wifi werk nie",
        "wifi no funciona", "wifi nem működik", "wifi neveikia", "wifi juda sekin"]),
    ("vpn", "covered", 95, ["vpn won't connect from the hotel", "vpn hangs on connecting", "vpn keeps falling off",
        "vpn error {num}{num}{num}", "VPN no conecta", "VPN nem csatlakozik"]),
    ("outlook", "covered", 100, ["outlook won't open", "outlook stuck on loading profile", "outlook crashes on start",
        "outlook freezes", "Outlook no abre", "Outlook maak nie oop nie"]),
    ("mailbox-full", "covered", 45, ["mailbox full can't send", "mailbox over the limit", "mail quota reached",
        "buzón lleno"]),
    ("slow-pc", "covered", 100, ["pc unbearably slow", "laptop takes forever to boot", "computer hangs all day",
        "office pc crawling", "computadora muy lenta", "rekenaar baie stadig", "a gép nagyon lassú"]),
    ("monitor", "covered", 70, ["second screen says no signal", "dock doesn't see my monitor",
        "monitor flickers on the docking station", "external display stays black", "pantalla sin señal",
        "monitor nem kap jelet"]),
    ("software", "covered", 90, ["need a program installed", "install software for finance",
        "please install an application on my pc", "software request for the visitor centre", "can you put a tool on my laptop"]),
    ("shared-folder", "covered", 90, ["no access to the shared drive", "shared folder says access denied",
        "network drive is gone", "need access to the outreach share", "my S: drive disappeared"]),
    ("phishing", "covered", 50, ["suspicious mail with a link", "is this email real?", "fake invoice in my inbox",
        "mail asking me to buy gift cards for the director", "phishing pretending to be IT"]),
    ("mfa", "covered", 90, ["authenticator approvals don't arrive", "sms code never comes", "got a new phone, authenticator",
        "verification code not arriving", "{app} keeps asking for a code", "no llega el código de verificación",
        "verifikasiekode kom nie", "nem jön meg az ellenőrző kód", "negaunu patvirtinimo kodo", "認証コードが届かない"]),
    ("password-expired", "covered", 45, ["password expired today", "says I must change my password",
        "expired password can't sign in", "clave caducada", "jelszó lejárt", "{app} password expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive stuck on processing changes", "onedrive red crosses"]),
    ("teams-audio", "covered", 50, ["no sound in teams", "nobody hears me in teams", "teams mic dead",
        "teams doesn't use my headset"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key wanted", "laptop asks for a recovery key", "recovery key screen at boot"]),
    ("laptop-power", "covered", 50, ["laptop won't power on", "laptop not charging", "laptop completely dead",
        "portátil no enciende", "laptop nem kapcsol be"]),
    ("badge", "covered", 40, ["badge won't open the door", "access card rejected at the dome door", "card reader ignores my badge"]),
    ("restore", "covered", 35, ["restore a deleted file please", "deleted the rota by accident", "need an older version of a spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard not typing", "wireless mouse dead", "keyboard gives wrong characters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck registering", "control room phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("observing-queue", "gap", 100, ["NightQueue lost tonight's observing session", "observing queue empty for telescope {line}",
        "NIGHTQUEUE SESSION ERROR TELESCOPE {line}", "my targets dropped out of the queue", "observing session won't start after login",
        "queue shows last week's targets", "la cola de observación está vacía"]),
    ("dome-control", "gap", 90, ["DomeCtl won't rotate the dome", "dome shutter won't open from the console",
        "DOME {line} STUCK", "dome slit not following the telescope", "dome control screen frozen"]),
    ("ccd-cooling", "gap", 85, ["CryoCam camera won't cool down", "CCD camera temperature drifting up",
        "camera {line} cooler fault", "spectrograph camera warm", "CryoCam login fine but no temperature readout"]),
    ("planetarium-show", "gap", 75, ["DomeShow won't play tonight's show", "planetarium show stutters in the dome",
        "show playback stops halfway", "projectors out of sync in the planetarium", "show file missing for the 7pm session"]),
    ("school-bookings", "gap", 65, ["VisitPlan double-booked two schools", "school visit booking not confirmed",
        "booking confirmation mails not sent to schools", "VisitPlan shows wrong group size", "teachers can't see their booking"]),
    ("frame-archive", "gap", 60, ["StarVault not ingesting last night's frames", "night frames missing from the archive",
        "archive search returns no frames", "StarVault password prompt then empty archive", "calibration frames gone from archive"]),
    ("weather-station", "gap", 55, ["SkyMast readings frozen", "weather station shows no wind data",
        "all-sky camera image stale", "SkyMast humidity stuck at 100", "weather mast {line} offline"]),
    ("members-club", "gap", 45, ["StarClub members can't renew", "stargazing club app shows expired membership",
        "member event sign-up broken", "StarClub points not credited", "members' newsletter list wrong"]),
]

VAGUE = ["Problem", "Help!", "Dome", "Telescope", "Camera", "Screen", "Show", "Query", "Login", "Printer",
         "ASAP", "Summit", "Booking"]

ONEOFF_OBJECTS = ["eyepiece case", "finder scope", "red torch", "star chart", "dew heater", "filter wheel",
    "tripod", "observing chair", "ladder to the platform", "dome fan", "dehumidifier", "space heater", "thermos",
    "coffee machine", "kettle", "microwave", "water dispenser", "vending machine", "minibus", "snow chains",
    "fuel card", "generator", "gate remote", "road barrier", "radio handset", "walkie-talkie charger", "first aid bag",
    "oxygen bottle", "fire extinguisher", "torch batteries", "projector remote", "lectern microphone",
    "visitor headphones", "souvenir shop till", "gift shop scanner", "audio guide", "cloakroom tags",
    "meteorite display", "touch screen kiosk", "hand dryer", "door closer", "blinds", "car park lights",
    "keyboard", "mouse", "headset", "webcam", "usb stick", "mobile phone", "sim card", "charger", "desk phone",
    "chair", "monitor arm", "desk lamp", "fan", "clock", "notice board", "bike shed", "radiator"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question about", "missing", "needs replacing", "error", "won't start",
    "request", "issue", "too old", "set up wrong", "slow", "keeps cutting out", "can't find", "how do I use the",
    "need access to", "lost", "resets itself", "cracked", "please install", "replace please", "out of date",
    "stuck", "wrong", "leaks", "rattles", "wobbles", "noisy", "sticky"]
ONEOFF_FREE = [
    "can the visitor centre screen show the eclipse countdown", "extra power strip for the outreach telescope",
    "how many summit phones can we order for winter", "the gift shop label printer smudges",
    "where is the dome crane inspection certificate", "spare key to the generator room missing",
    "control room phone should also ring in the kitchen", "rugged case for the summit tablet",
    "road lights on the access road stay on in daytime", "night rota page shows the wrong month",
    "name badges for 25 summer students", "card terminal only refuses contactless",
    "burning smell near the instrument lab", "remote for the lounge TV gone", "brochures soaked by the roof leak",
    "red light filter for the corridor lamps",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RV: "), (0.06, "AW: "), (0.08, "VS: "), (0.09, "Továbbítás: "), (0.10, "Re: "),
                  (0.12, "{plant} / "), (0.14, "{person} - "), (0.15, "{FIRST}: "), (0.16, "{last} | "),
                  (0.18, "SAO{id7} "), (0.19, "Dome {line}: "), (0.20, "URGENT ")]
NOISE_SUFFIXES = [(0.04, " / {person}"), (0.06, " - {first}"), (0.08, " [{netid}]"), (0.10, " anexo {ext}"),
                  (0.12, " in {bldg}"), (0.14, " ({plant})"), (0.15, " telescope {line}"), (0.17, " OBS/{id7}"),
                  (0.18, " gracias"), (0.19, " pls"), (0.21, " (sent from summit)"), (0.23, " on behalf of {FIRST} {LAST}"),
                  (0.25, " - ačiū {first}"), (0.26, " köszi"), (0.28, " // {LAST}"), (0.29, " {LAST} {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(the code she got: {otp})",
    "he read {otp_spaced} to me",
    "confirmed with code {otp}",
    "provisional password {password}, must be changed on first logon",
    "she pasted {password} in the chat, deleted now",
    "night assistant says his password is {password}",
    "Clave temporal {password}",
    "Saludos\n{first} {last}\nNight assistant, {dept}",
    "user {USERID} locked again",
    "please unlock {USERID}",
    "{USERID} has left - disable",
    "{first} {last} / account {USERID} / pc {ws2}",
    "home mail {email_obf}",
    "answer to {email}, not the outreach box",
    "call {phone_nat} after 4",
    "mobile {phone_intl} (Signal)",
    "please post the laptop to {address_x}",
    "new home address {address_eu}",
    "deliver to {address_us}",
    "attn {LAST}",
    "signed off by {last}",
    "cc {first} {last}",
    "{first_plain} in {dept} noticed it",
    "Número de empleado {id7}",
    "staff id {id_alnum}",
    "badge {id7} rejected at the dome door",
    "gift shop charged {card} twice",
    "{ws2} mac {mac2}",
    "failed logins from {ip} on the members' app",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Skellgarth-Adeyinka Observatories & Planetaria.", "Skellgarth-Adeyinka Observatories & Planetaria"),
    ("room", "Meet in the Orion Room.", "Orion Room"),
    ("place", "Mirror coating done in Tenerife.", "Tenerife"),
    ("product", "The Andor iKon-L is back from repair.", "Andor iKon-L"),
    ("team", "Assigned to Team Nightfall.", "Team Nightfall"),
    ("category", "Category: Night Operations, Instrumentation", "Night Operations, Instrumentation"),
    ("version", "Controller firmware 7.0.2214.1 applied.", "7.0.2214.1"),
    ("error_code", "Dome shows DC-E404.", "DC-E404"),
    ("server_name", "Check logs on MSC-ARCH-03.", "MSC-ARCH-03"),
    ("role_email", "Copy nightops@skellgarth-adeyinka.example.org in.", "nightops@skellgarth-adeyinka.example.org"),
    ("asset_tag", "Asset SAO-AST-072114 serviced.", "SAO-AST-072114"),
    ("ticket_ref", "Linked to CHG0418830.", "CHG0418830"),
    ("place", "Clouds over Sutherland.", "Sutherland"),
    ("product", "Two PlaneWave CDK700 mounts ordered.", "PlaneWave CDK700"),
    ("place", "Dust from Calama.", "Calama"),
    ("target", "Target NGC 2070 done.", "NGC 2070"),
    ("proposal", "Proposal 2034B-071 accepted.", "2034B-071"),
]

PHONES_INTL = ["+56 55 241 8730", "+56 9 8134 2076", "+27 23 571 4082", "+27 82 610 3947", "+34 922 405 813",
               "+34 973 61 48 20", "+998 66 233 41 72", "+998 90 417 28 63", "+251 11 662 4170", "+251 91 138 2746",
               "+81 865 44 2183", "+81 90 3318 4072", "+98 21 8847 3160", "+98 912 340 7718", "+36 37 318 742",
               "+36 30 482 1976", "+370 383 45 172", "+370 612 48 305", "+1 520 318 4427"]
PHONES_NATIONAL = ["55 241 8730", "9 8134 2076", "023 571 4082", "082 610 3947", "922 40 58 13", "973 614 820",
                   "66 233-41-72", "011 662 4170", "091 138 2746", "0865-44-2183", "090-3318-4072", "021 8847 3160",
                   "0912 340 7718", "06 37 318 742", "06 30 482 1976", "8 383 45172", "8 612 48305", "(520) 318-4427"]
ADDRESSES_EU = ["Calle de la Marina 14, 3º B, 38720 Santa Cruz de La Palma", "Carrer Major 22, 25691 Àger",
                "Mátraháza, Kékes utca 8, 3233 Gyöngyös", "Vilniaus g. 41-7, 33145 Molėtai",
                "Rambla del Remei 3, 1r 2a, 25001 Lleida", "Petőfi Sándor u. 17, 2. em. 4., 3200 Gyöngyös"]
ADDRESSES_US = ["3918 N Star Pass Rd, Tucson, AZ 85745", "PO Box 5512, Flagstaff, AZ 86011",
                "88 Observatory Loop, Apt 2C, Las Cruces, NM 88001", "1207 Comet Ct, Fort Davis, TX 79734"]
ADDRESSES_OTHER = ["Pasaje Las Estrellas 1184, Villa San Pedro, San Pedro de Atacama", "12 Kerk Street, Sutherland 6920",
                   "Mirzo Ulug'bek ko'chasi 46, 21-xonadon, Samarqand", "Entoto Road, Kebele 07, House 312, Addis Ababa",
                   "岡山県浅口市鴨方町本庄 3037-5", "خیابان ولیعصر، کوچه ستاره، پلاک ۱۴، واحد ۳، تهران",
                   "Av. Angamos 0610, Depto 42, Antofagasta"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Hola equipo,", "Goeie môre,", "Molweni,", "Bon dia,", "Assalomu alaykum,", "ሰላም፣", "お疲れ様です。",
                  "سلام،", "Jó napot,", "Laba diena,", "Hi IT,", "Evening {first},"]
RICH_SIGNOFFS = ["Saludos\n{first}", "Groete\n{first} {last}", "Enkosi\n{first}", "Salutacions,\n{first} {last} / {dept}",
                 "--\n{first} {last} · Night Assistant · {phone_intl}", "Rahmat\n{FIRST} {LAST}", "よろしくお願いします\n{last}",
                 "Köszönöm!\n{first}"]
RICH_COMMENTS = ["Rang the control room - no answer, observing.", "Connected with the remote tool.",
                 "Night running on manual until fixed.", "Waiting for the head of operations to confirm.",
                 "Vendor case opened, reference attached.", "Night assistant confirms the fault.",
                 "Passed to infrastructure.", "Left a voicemail.", "Caller is in the dome, will call back.",
                 "Went up with the engineer on the morning shift."]
RICH_GENERIC_NOTES = ["Explained the steps.", "No reply for a week, closed.", "Done.",
                      "User confirms it works.", "Nothing more to do.", "Back to normal."]
RICH_ONEOFF_BODIES = ["The {thing} has been misbehaving since the weekend, can someone have a look?",
                      "Is the {thing} an IT thing or site services?",
                      "{thing} by the entrance broke again.",
                      "We need the {thing} fixed before Saturday's open night."]

RICH_TOPICS = [
    ("wifi", "covered", 340,
     ["residence wifi on and off", "staff network gone", "can't get onto wifi"],
     ["In the residence block my laptop loses the wireless every few minutes, then it comes back.",
      "Only the visitor network shows up, the staff one has disappeared.",
      "The wifi symbol says connected but nothing loads."],
     ["Removed the saved network and rejoined.", "Network team restarted the access point in the residence.",
      "Updated the wireless driver, stable since."]),
    ("printer", "covered", 215,
     ["control room printer offline", "print jobs never come out", "stuck print queue"],
     ["The control room printer shows offline and won't print the night logs.",
      "I send the schedule to print and nothing happens, it sits in the queue with an error.",
      "Nobody in finance has been able to print since lunch."],
     ["Cleared the queue and restarted the spooler.", "Power-cycled the printer.",
      "Removed and re-added the printer from the print server."]),
    ("lockout", "covered", 150,
     ["locked out after wrong passwords", "windows says account locked", "LOCKED OUT AGAIN"],
     ["I typed my password wrong a few times at 3am and now the account is locked.",
      "Every time I come back from the summit I'm locked out.",
      "Sign-in screen says my account is locked, I didn't change anything."],
     ["Unlocked; the old password was stored on the summit tablet, removed.", "Unlocked, user back in."]),
    ("observing-queue", "gap", 150,
     ["observing queue empty", "tonight's observing session lost", "targets missing from the queue"],
     ["NightQueue shows no targets for telescope 2 tonight although my programme was accepted.",
      "The observing session disappeared from the queue after the afternoon rebuild.",
      "The queue lists last week's targets and ignores the new ones."],
     ["QueueBroker restarted; queue rebuilt.", "Programme re-imported by the scheduler.",
      "Vendor fixed the queue database index."]),
    ("ccd-cooling", "gap", 120,
     ["camera won't cool", "CCD temperature drifting", "cooler fault on the camera"],
     ["CryoCam shows the CCD at minus 40 and it should be minus 100, it won't go lower.",
      "The spectrograph camera warms up every hour and the frames are noisy.",
      "The cooler console reports a fault and the camera stays at room temperature."],
     ["Cooler compressor restarted by engineering.", "Vacuum pumped down again.", "Sensor cable replaced."]),
    ("planetarium-show", "gap", 90,
     ["show won't play", "planetarium projectors out of sync", "show stops halfway"],
     ["DomeShow won't start tonight's 7pm show, the playlist is empty.",
      "The projectors in the planetarium drift apart so the stars are doubled at the seam.",
      "The show stops halfway through and the dome goes black."],
     ["Show files resynced to the playback servers.", "Projector sync cable reseated.", "Vendor pushed a patch."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "vpn keeps dropping"],
     ["From the hotel the VPN just keeps saying connecting and gives up.", "VPN connects for a moment and then drops."],
     ["Wrong gateway in the client, corrected.", "Reinstalled the VPN client."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "over the mail quota"],
     ["I can't send anything, Outlook says my mailbox is full.", "Every hour a warning that my mailbox is almost full."],
     ["Archiving switched on.", "Cleaned out old attachments with the user."]),
    ("shared-folder", "covered", 75,
     ["network drive gone", "shared folder access denied"],
     ["The O: drive for outreach has vanished from This PC.", "Opening the finance folder says I don't have permission."],
     ["Drive mapped again.", "Owner approved, added to the group."]),
    ("teams-audio", "covered", 60,
     ["no sound in Teams", "Teams can't find my mic"],
     ["In Teams nobody can hear me although my mic is on.", "Teams ignores my headset and uses the laptop speakers."],
     ["Picked the right device in Teams settings.", "Headset driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need yesterday's version"],
     ["I deleted the night rota spreadsheet from the share, can you get it back?",
      "I overwrote the show schedule, is there an older copy?"],
     ["Restored the previous version.", "Restored from last night's backup."]),
]
