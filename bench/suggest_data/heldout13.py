"""THIRTEENTH HELD-OUT phrasing bank (v13): FROZEN. Written and committed before any tuning of the
thirteenth round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional mountain resort operator ("Vargbrekka Fjellresort": ski lifts, snowmaking, a piste
grooming fleet, a rental shop, a ski school, mountain patrol, chalets and slope-side restaurants)
instead of a university, retailer, manufacturer, council, shipping company, law firm, hotel group,
water utility, broadcaster, airport, mine, performing-arts trust or zoo. Its own systems (snow gun
control, lift inspection logs, groomer telematics, boot fitting, avalanche weather masts, lesson
rosters, run status boards, RFID lift passes), staff numbers written "VFR" plus digits, the closure
habits of one more desk ("n/r", "tbc", "call dropped before details", "meant for facilities"), trial tickets of other
shapes ("smoke ticket", "sandbox raise"), machine and status mail of shapes no earlier bank used
(PRTG and Zabbix problems, lift drive inverter faults, pump station pressure, wind stop limits, UPS
on battery, under-replicated topics, DMARC reports, Veeam job results, kernel file-system errors,
auto-replies in Romanian, Somali, Malagasy and Northern Sami), printer status of other shapes
(waste toner, fuser, transfer belt, supply order confirmations), real requests that LOOK
machine-like (seasonal onboarding with ids and dates, group lesson bookings with references and
times, locker allocations, uniform orders), names of other languages (Northern Sami, Romanian,
Malagasy, Somali, Samoan, Papua New Guinean), generic password, lockout, MFA and expiry requests
spelt with app names, abbreviations (pword, pwrd, pass, passcode, OTP, creds, AD) and languages
v1-v12 did not use (Romanian, Northern Sami, Malagasy, Somali, Samoan, Tok Pisin), covered device
and network topics written the same way, and eight gap topics whose words the evaluation KB lacks or
uses in another sense (a "pass" is a lift pass read at a turnstile; a "board" is a run status
screen; a "fitting" sets ski bindings; a "station" is a weather mast; "guns" make snow; some gap
subjects mention logging in although the problem is not signing in).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a resort area, ``{line}`` a lift or piste number.
"""

ORG = "Vargbrekka Fjellresort"
DOMAIN = "vargbrekka-fjell.example.net"
START = "2026-12-07"
DAYS = 29
OUTLIER_DATES = ("1994-02-19 13:40:11", "2071-11-11 11:11:11", "2009-05-31 23:59:58", "2102-06-15 04:20:00",
                 "1970-01-01 00:00:01", "2000-02-29 12:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Áilu Máret Niillas Biret Ánte Elle-Sofe Ioana Mihai Sorin Oana Răzvan Ilinca Hery Voahangy Tojo
Fanja Rivo Hodan Abdiqani Sahra Cawaale Ifrah Sefo Losa Tavita Malia Kila Wari Geno Ruatoka Dagny Torleif""".split()

LAST_NAMES = """Somby Gaino Utsi Eira Sara-Mathis Vlădescu Popovici Stănescu Ionică Rakotomalala Andrianarisoa
Razafindrabe Ravelonjato Warsame Cawaale Xirsi Guuleed Tuilagi Fa'amausili Leiataua Toleafoa Namaliu Kaputin
Tokome Heggelund Brekkestø Sandvoll Ryvarden""".split()

APPS = ["Snowforge", "Liftlog", "Cattrack", "Fitbench", "Slabwatch", "Coachroster", "Runboard", "Chaletbook",
        "Tillspot", "Crewnest", "Skidesk", "Vargpay"]

DEPTS = ["Lift Operations", "Snowmaking", "Grooming", "Rental", "Ski School", "Mountain Patrol", "Chalets",
         "Food & Beverage", "Guest Services", "Marketing", "Workshop", "Finance"]
BUILDINGS = ["Base lodge", "Summit hut", "Rental barn", "Patrol cabin", "Groomer garage", "Pumpehuset",
             "Chalet reception", "Ski school kiosk"]
PLANTS = ["Nordside", "Sørbakken", "Toppen", "Village", "Elvedalen", "Langrenn Arena"]
PLANT_CODES = ["VFN", "VFS", "VFT", "VFV"]
ID_PREFIXES = ["VFR", "SES-", "PTR"]
SENDERS = ["prtg", "zabbix", "veeam", "upsmon", "liftscada", "dmarc"]
HOST_PARTS = ["vfn-lift", "vfs-pump", "vft-mast", "vfv-sql", "vfn-ups", "vfs-gun", "vfv-kafka", "vft-radio",
              "vfv-pos", "vfn-turn"]
SERVICES = ["PassSync", "GunDispatch", "LessonFeed", "RunStatusAPI", "FleetIngest", "ChaletRates"]
JOBS = ["NIGHT_PASS_EXPORT", "GUN_SCHEDULE", "ROSTER_BUILD", "FLEET_TRACKS", "POS_SETTLE", "WEATHER_PULL"]
PRINTER_MODELS = ["Brother HL-L9470CDN", "Xerox VersaLink C625", "Sharp BP-70C45", "Konica Minolta bizhub 4752i",
                  "OKI MC883dn"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["n/r", "tbc", "call dropped before details", "meant for facilities", "no subject given", "pls see attachment", "asked & answered",
                "~", "..", "0", "xx", "//", "(none)", "same as earlier ticket", "sorted itself out now", "user away, closing",
                "closed after 3 chasers", "fixed on the spot at base lodge", "withdrawn by caller", "logged for manager",
                "per radio call", "handled in person", "noted", "phone message only", "{FIRST}", "{LAST}, {FIRST}",
                "ring {first} back", "message from {last}", "Fără subiect", "Ii fáddá", "Tsy misy lohateny",
                "Mawduuc la'aan", "Leai se mataupu", "Nogat het", "nothing needed", "just fyi", "ok now?"]
TESTS = ["smoke ticket {num}", "zzz testing", "please disregard - training", "monitoring loopback", "sandbox raise",
         "e2e check {num}{num}", "ticket rule trial", "TEST TEST TEST {num}", "Runboard webhook ping",
         "new queue routing check", "ignore me (trainee)", "demo for induction day", "xyz", "aaaa"]
ALERTS = [
    "[PRTG] Ping sensor Down on {host} ({ip})",
    "Zabbix problem: {host} free memory below {num}%",
    "Lift drive {host} inverter fault F{num}{num}{num}",
    "Pump station {num} discharge pressure {num}{num} bar HIGH",
    "Anemometer {host} gust {num}{num} m/s above stop limit",
    "SMART failure predicted on {host} disk {num}",
    "UPS {host} on battery, runtime {num}{num} min",
    "Kafka topic {svc} under-replicated partitions: {num}",
    "TLS certificate for {host}.{domain} expires in {num} days",
    "DMARC aggregate report for {domain} ({date})",
    "Veeam: {job} Failed ({num} of {num}{num} VMs)",
    "Scheduled task {job} missed its window at {ts}",
    "kernel: EXT4-fs error on {host} (device sdb{num})",
    "Event ID {num}{num}{num}{num} logged on {host}",
    "{svc} health check returned HTTP 50{num}",
    "Rope tension lift {num} deviation {num}.{num} kN",
    "Gun {host} flow sensor fault - auto stop",
    "Radio repeater {host} VSWR alarm",
    "POS terminal {host} offline since {ts}",
    "Răspuns automat: în concediu până la {date}",
    "Jawaab toos ah: xafiiska kama joogo ilaa {date}",
    "Valiny mandeha ho azy: tsy eo aho hatramin'ny {date}",
    "Automáhtalaš vástádus: lean eret {date} rádjái",
    "{job} completed with {num}{num} errors - see log",
    "Fire panel {host} zone {num} fault isolate",
]
PRINTER_STATUS = [
    "Waste toner bottle full - {printer}",
    "{model}: fuser unit replace soon",
    "{printer} transfer belt error SC{num}{num}{num}",
    "Supplies order confirmation for {model} SN {serial}",
    "[{model}] tray {num} empty",
    "Job log export {model} {date}",
    "Scanned document from {printer} sent {time}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-seasonal", "form", "Seasonal staff onboarding | {LAST}, {FIRST} | start {date} | SES-{id7}"),
    ("form-lesson", "form", "Group lesson booking ref {num}{num}{num}{num} - {date} {time} - lead {person}"),
    ("form-contractor-acct", "covered", "Contractor account request - {person} - ends {date} - VFR{id7}"),
    ("form-locker", "form", "Locker allocation request: {person} / locker {num}{num}{num}"),
    ("form-uniform", "form", "Uniform order #{num}{num}{num} for {person} size {num}{num}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["need a fresh pword", "pass reset pls", "forgot my windows passcode", "lost my login password",
                    "can't recall network pw", "reset my pwd asap", "PWD RESET - ASAP", "new passwrd required",
                    "password wont work anymore", "pw not taken at login screen", "domain creds forgotten",
                    "reset AD password", "password help for seasonal starter", "nu-mi mai amintesc parola de la calculator",
                    "resetare parolă vă rog", "parola nu mai merge", "vajálduhtten beassansáni",
                    "ođđa beassansátni dárbbašuvvo", "hadino ny tenimiafiko", "avereno ny tenimiafina azafady",
                    "erayga sirta ah waan ilaaway", "fadlan dib u deji erayga sirta", "ua le manatua la'u upu lilo",
                    "mi lusim tingting long pasword bilong mi", "pasword reest", "passowrd forgot",
                    "forgotton pasword", "password reset for ski instructor", "pword gone from my head",
                    "reset pw - new season", "parolă nouă", "my pass for the pc no longer works"]
APP_PASSWORD = ["{app} pword reset", "{app} login rejected", "{app} acct lock-out", "{APP} AUTH FAILED",
                "can't get into {app} on the lift hut tablet", "{app} calls my credentials invalid",
                "{app} verification code never comes", "{app} OTP not accepted", "{app} pass expired",
                "{app} locked me out after retries", "{app} forgot pwd", "{app} sign on loop",
                "reset my {app} login pls", "{app} PIN not working", "{app} - parola uitată",
                "{app} erayga sirta khaldan"]
LOCKOUT = ["acct disabled after wrong pw", "windows login locked out", "I got myself locked out", "my account got blocked today",
           "AD lockout", "unlock VFR{id7}", "locked out at lift hut pc", "lockout for the 2nd time",
           "locked out - urgent!!", "login says account locked out again", "mi s-a blocat contul", "kontu lea lohkkašuvvon",
           "voahidy ny kaontiko", "akoonkaygii waa xiran yahay maanta", "ua tapuni la'u akaunti",
           "ol i lokim akaun bilong mi", "lcoked out", "acount lokked", "too many tries now locked",
           "blocked after typing pw wrong"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 150, ["nothing prints at rental barn", "printer gone offline at base lodge",
        "print jobs just evaporate", "printer display error E{num}{num}{num}", "PRINTER PRINTS NOTHING", "imprimanta nu printează",
        "printer-ka ma daabacayo", "tsy mandeha ny mpanonta", "printer no wok"]),
    ("wifi", "covered", 140, ["wifi drops in summit hut", "no wifi bars in chalet", "wifi refuses to connect",
        "wireless cuts in and out", "WIFI GONE AT SKI SCHOOL", "wifi nu merge", "wifi-gu ma shaqeynayo",
        "tsy misy wifi", "wifi i dai"]),
    ("vpn", "covered", 100, ["vpn not coming up from the chalet", "vpn keeps kicking me off", "vpn unreachable from home",
        "vpn fault {num}{num}{num}", "VPN nu se conectează", "VPN ma xirmo"]),
    ("outlook", "covered", 100, ["outlook does not start up", "outlook hangs at loading", "outlook keeps prompting for creds",
        "outlook shuts down on its own", "Outlook nu pornește", "outlook ma furmayo"]),
    ("mailbox-full", "covered", 45, ["mailbox exceeded its size", "inbox full, mail bouncing", "email storage used up",
        "căsuța de mail e plină"]),
    ("slow-pc", "covered", 100, ["pc crawling", "computer takes ages to boot", "laptop very laggy",
        "desktop freezes constantly", "calculatorul merge greu", "kombiyuutarku waa gaabis", "miadana be ny solosaina"]),
    ("monitor", "covered", 70, ["external screen not detected", "dock gives no picture on screens", "second screen black",
        "monitor flickering on and off", "ecranul nu afișează", "shaashadda ma shidna"]),
    ("software", "covered", 90, ["install a program please", "need an app installed on my laptop", "software install wanted on pc",
        "can you put software on my pc", "new software needed on work laptop"]),
    ("shared-folder", "covered", 90, ["team drive won't open", "shared folder says no entry", "network drive vanished",
        "need rights to the patrol share", "R: drive letter gone"]),
    ("phishing", "covered", 50, ["weird mail asking for my password", "suspect phishing email", "bogus invoice email from supplier",
        "email wants gift card codes", "phishing from fake CEO"]),
    ("mfa", "covered", 90, ["authenticator push not coming", "lost phone with authenticator app", "OTP texts not arriving",
        "set up MFA on new handset", "{app} MFA approval not popping up", "codul de verificare nu vine",
        "koodhka xaqiijinta ma imanayo", "tsy tonga ny kaody fanamarinana", "no authenticator approval for {app}"]),
    ("password-expired", "covered", 45, ["pwd has run out", "pwd ran out, login refused", "expired pw at login screen",
        "parola a expirat", "erayga sirta wuu dhacay", "{app} says my password has expired"]),
    ("onedrive", "covered", 40, ["onedrive sync stalled", "OneDrive red X on files", "onedrive sync paused forever"]),
    ("teams-audio", "covered", 50, ["teams call no sound", "teams callers can't hear me", "teams not picking up mic",
        "teams headset silent"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key asked", "bitlocker blue screen wants recovery digits", "locked by bitlocker screen"]),
    ("laptop-power", "covered", 50, ["laptop will not power on", "laptop refuses charge", "laptop shows no life at all",
        "laptopul nu pornește", "laptop-ku ma shidmayo"]),
    ("badge", "covered", 40, ["staff card won't open door", "door badge rejected", "staff card dead at the side door"]),
    ("restore", "covered", 35, ["get a deleted file back", "wiped a folder by accident", "need previous version of the rota"]),
    ("acrobat", "covered", 40, ["pdf not opening", "acrobat reader falls over", "can't view pdf files"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("snowmaking", "gap", 100, ["snow gun {num}{num} won't start from Snowforge", "fan gun stuck in standby",
        "snowmaking hydrant {line} not showing pressure", "SNOWFORGE MAP NOT LOADING", "lance guns ignore schedule",
        "snowmaking compressor plan lost overnight", "wet bulb reading missing on snow guns"]),
    ("lift-pass-readers", "gap", 90, ["lift pass not scanning at chair {line}", "turnstile reader red light on valid passes",
        "season pass rejected at gondola", "RFID pass readers offline at lift {line}", "PASS READERS DOWN TOPPEN"]),
    ("groomer-telematics", "gap", 80, ["snowcat track not uploading", "Cattrack shows groomers parked all night",
        "piste basher gps trail missing", "grooming plan not reaching cab tablet", "winch cat hours not logged"]),
    ("boot-fitting", "gap", 70, ["boot scanner foot sizes wrong", "binding release setting calculator error",
        "Fitbench DIN label not printing", "ski fitting station frozen", "rental fitting shows wrong skier weight"]),
    ("weather-masts", "gap", 65, ["summit weather mast data flatlined", "wind sensor on Toppen stuck at zero",
        "Slabwatch snowpack graph empty", "avalanche mast not reporting temps", "weather station at ridge offline"]),
    ("lesson-roster", "gap", 60, ["Coachroster blank after logging in", "instructor allocation board shows no groups",
        "lesson roster missing today's kids classes", "ski school roster double-booked instructors",
        "private lesson slots not appearing"]),
    ("lift-inspection", "gap", 55, ["Liftlog daily checks won't submit", "lift inspection checklist app crashes",
        "morning lift check tablet lost entries", "tower inspection sign-off greyed out", "sheave check form not saving"]),
    ("run-status-boards", "gap", 45, ["run status board shows closed pistes open", "Runboard screens at base stuck",
        "piste map display not updating", "trail status screen blank after signing in", "lift open board wrong times"]),
]

VAGUE = ["Issue", "Urgent", "Pass", "Lift", "Snow", "Board", "Rental", "Roster", "Help pls", "Account", "Screen",
         "Radio", "Gun"]

ONEOFF_OBJECTS = ["staff canteen coffee machine", "patrol sled", "rescue toboggan strap", "ski wax iron", "edge grinder",
    "boot dryer rack", "helmet rental shelf", "lost property cupboard", "chalet key safe", "sauna timer",
    "hot tub controller", "guest shuttle bus", "shuttle timetable board", "snowmobile charger", "fuel pump card",
    "workshop vice", "groomer garage door", "avalanche probe box", "transceiver checker", "first aid bag",
    "patrol radio clip", "lift hut heater", "ticket office stool", "queue barrier rope", "trail map rack",
    "restaurant tray trolley", "kitchen label printer", "till roll holder", "menu board", "ice machine",
    "keyboard", "mouse", "headset", "webcam", "USB stick", "SD card", "work phone", "SIM card", "phone case",
    "tablet holder", "desk phone", "desk chair lever", "monitor arm", "kettle", "staff water fountain", "goggle display",
    "sunscreen dispenser", "ski rack", "bin shed padlock", "staff parking boom", "ev charging post",
    "uniform locker", "staff bus pass", "instructor bib box", "kids' club tablet", "magic carpet remote",
    "tow rope handle", "snow fence", "piste marker pole", "shovel rack", "ladder"]
ONEOFF_COMPLAINTS = ["broken", "not working", "query about", "missing", "needs replacing", "error", "won't turn on",
    "request", "problem", "very old", "set up wrong", "sluggish", "keeps stopping", "can't locate", "how do I use",
    "need access", "disappeared", "won't keep settings", "faulty", "set it up pls", "please swap", "out of date",
    "greyed", "incorrect", "jammed", "flashing", "squeaking", "split", "rattling"]
ONEOFF_FREE = [
    "who changes the shuttle timetable board", "can the menu board list gluten free", "need an extension lead in the pump house",
    "which form for a patrol sim card", "till receipts too faint", "when is the first aid bag checked",
    "where to report a lost patrol radio", "move my extension to the summit hut", "rugged case for the groomer tablet",
    "trail map rack light broken", "who edits the ski school web page", "order more staff lanyards",
    "new seasonal chefs need email", "card machine in the cafe declines watches", "snowmobile charger smells burnt",
    "projector remote missing from the training room",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "Fwd: "), (0.08, "VS: "), (0.10, "[EXT] "), (0.13, "{plant} | "),
                  (0.15, "{person}: "), (0.17, "VFR{id7} "), (0.19, "Lift {line} - ")]
NOISE_SUFFIXES = [(0.05, " / {person}"), (0.07, " <{netid}>"), (0.09, " tel ext {ext}"), (0.12, " - {bldg}"),
                  (0.15, " at {plant}"), (0.17, " piste {line}"), (0.19, " VFR{id7}"), (0.21, " pls help"),
                  (0.22, " !!!"), (0.24, " (typed on the chairlift)"), (0.26, " raised for {first} {last}"),
                  (0.28, " - mulțumesc {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "code in the text said {otp}",
    "the sms shows {otp_spaced}",
    "verified with {otp} ok",
    "gave them {password} as a stopgap",
    "reset to {password} for first login",
    "swears the pw was {password}",
    "temp pword {password}",
    "Mulțumesc\n{first} {last}\nLift Supervisor, {dept}",
    "account {USERID} blocked",
    "release {USERID} please",
    "{USERID} left the season, remove",
    "{first} {last} <{USERID}> on {ws2}",
    "non-work inbox {email_obf}",
    "answer me at {email}",
    "call me on {phone_nat}",
    "patrol mobile {phone_intl}",
    "post it to {address_x}",
    "my address {address_eu}",
    "send to {address_us}",
    "for the eyes of {FIRST} {LAST}",
    "okayed by supervisor {last}",
    "cc {first} {last} too",
    "{first_plain} in {dept} noticed",
    "salary number {id7}",
    "staff id {id_alnum}",
    "card {id7} refused at staff door",
    "settled by card {card}",
    "device {ws2} hw addr {mac2}",
    "odd traffic from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Vargbrekka Fjellresort.", "Vargbrekka Fjellresort"),
    ("building", "Meet at the Ørnereir Lodge.", "Ørnereir Lodge"),
    ("place", "Snow cats shipped from Trondheim.", "Trondheim"),
    ("product", "The Pistenflex 600 cats need chains.", "Pistenflex 600"),
    ("team", "Passed to Team Ridgeline.", "Team Ridgeline"),
    ("category", "Category: Lifts, Rental, Retail", "Rental, Retail"),
    ("version", "Gun firmware 4.11.208.37 rolled out.", "4.11.208.37"),
    ("error_code", "Display shows SNW-E417.", "SNW-E417"),
    ("server_name", "Logs on VFV-KAFKA-02.", "VFV-KAFKA-02"),
    ("role_email", "Copy rental.desk@vargbrekka-fjell.example.net in.", "rental.desk@vargbrekka-fjell.example.net"),
    ("asset_tag", "Asset VFN-GUN-004518 serviced.", "VFN-GUN-004518"),
    ("ticket_ref", "See PRB0048210.", "PRB0048210"),
    ("place", "Instructors flew in from Sibiu.", "Sibiu"),
    ("product", "Six Frostjet 9 guns delivered.", "Frostjet 9"),
    ("place", "Parts came from Toamasina.", "Toamasina"),
]

PHONES_INTL = ["+40 264 555 019", "+47 78 55 01 62", "+261 20 22 555 13", "+252 61 555 0147", "+685 25 501",
               "+675 325 5018", "+47 915 55 024", "+40 721 555 306", "+44 20 7946 0815", "+47 22 55 01 39"]
PHONES_NATIONAL = ["0264 555 019", "078 55 01 62", "0721 555 306", "915 55 024", "020 7946 0815", "(0264) 555 198"]
ADDRESSES_EU = ["Strada Avram Iancu 38, 550182 Sibiu", "Bulevardul Unirii 57, bl. E4, 030167 București",
                "Ájastealli 3, 9520 Guovdageaidnu", "Storgata 88, 9008 Tromsø", "Kongens gate 14, 7011 Trondheim",
                "Calea Victoriei 155, ap. 12, 010073 București"]
ADDRESSES_US = ["2219 Aspen Ridge Dr, Park City, UT 84060", "61 Birch Hollow Ln Apt 4, Stowe, VT 05672",
                "PO Box 2871, Jackson, WY 83001", "780 Granite Pass Rd Suite 3, Bozeman, MT 59715"]
ADDRESSES_OTHER = ["Lot IVB 17 Ankadifotsy, Tana 101", "Maka al-Mukarama Rd, Hodan District, Mogadishu",
                   "Vaitele Uta, Apia", "Section 21 Lot 9, Boroko, Port Moresby", "Bazary Be lot 8, Toamasina 501",
                   "Flat 2, 8 Deiniol Road, Bangor LL57 2UN"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Bună ziua,", "Buorre beaivi,", "Manao ahoana,", "Dear IT crew,", "Malo,", "Hei IT,", "Heisann {first},"]
RICH_SIGNOFFS = ["Mulțumesc\n{first}", "Cheers,\n{first} {last} ({dept})", "Thx, {first}",
                 "Misaotra\n{first} {last}", "--\n{first} {last} | Lift Supervisor | {phone_intl}",
                 "Giitu\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Rang the lift hut, no answer.", "Took over the screen remotely.", "Guest safety impact, raised to P1.",
                 "Waiting for operations manager.", "Raised with the supplier.", "Called patrol radio channel.",
                 "Sent to infrastructure team.", "Message left on their phone.", "Caller out on the slope, will call back.",
                 "Spoke to the duty lift engineer."]
RICH_GENERIC_NOTES = ["Talked them through it.", "Silence from the caller, closing.", "Done and dusted.", "User confirms fixed.",
                      "No further action, closed.", "All behaving again."]
RICH_ONEOFF_BODIES = ["Could someone check the {thing}? It has acted up since opening.",
                      "Which crew owns the {thing}?",
                      "The {thing} near the base lodge needs attention.",
                      "Please fix the {thing} before the weekend rush."]

RICH_TOPICS = [
    ("wifi", "covered", 370,
     ["wifi dropping in chalet", "no staff wifi anywhere", "wifi will not connect"],
     ["The wifi in the summit hut drops every few minutes.",
      "The rental barn tablet sees every network except the staff one.",
      "Wifi says connected but no page loads."],
     ["Forgot and re-added the network.", "Access point in the hut power-cycled by network team.",
      "Wlan adapter driver refreshed; steady since."]),
    ("printer", "covered", 230,
     ["printer reporting offline", "printer takes jobs but prints none", "print queue frozen solid"],
     ["The rental barn printer shows offline and prints nothing.",
      "Jobs sit in the queue with an error status.", "Nobody at the base lodge can print."],
     ["Stuck jobs purged, print service kicked.", "Printer switched off at the wall and back on.", "Printer deleted and added again."]),
    ("lockout", "covered", 150,
     ["acct lock after bad tries", "I got myself locked out", "locked out once again today"],
     ["After a couple of wrong tries my account is locked.",
      "Each time I come down from the summit hut I'm locked out.",
      "The Windows screen tells me my account is locked now."],
     ["Unlocked; stale password removed from the user's phone mail app.", "Lockout cleared; user logged in."]),
    ("snowmaking", "gap", 150,
     ["snow guns won't start", "snowmaking map blank", "hydrant pressure missing"],
     ["Snow gun 14 on the lower piste won't start from the control screen.",
      "The snowmaking map has been blank since the night crew came on.",
      "Snowforge stopped showing hydrant pressures at 2am."],
     ["Gun controller rebooted and schedule re-sent.", "Map data source reconnected.",
      "Pump house gateway restarted; pressures back."]),
    ("lift-pass-readers", "gap", 120,
     ["pass readers rejecting", "turnstile red on valid passes", "season pass not scanning"],
     ["The turnstile readers at chair 3 reject valid season passes this morning.",
      "Guests' passes scan red at the gondola although they were sold today.",
      "RFID readers at the T-bar show offline on the lift screen."],
     ["Reader firmware reloaded.", "Pass sync service restarted.", "Network switch in the lift hut replaced."]),
    ("groomer-telematics", "gap", 90,
     ["snowcat tracks missing", "grooming plan not on tablet", "groomer hours not logged"],
     ["The snowcat tracks from the night shift never reached the grooming map.",
      "The grooming plan did not appear on the cab tablet of cat 2.",
      "Engine hours from the winch cat are missing since Friday."],
     ["Telematics modem restarted.", "Cab tablet re-paired with the fleet service.",
      "Vendor fixed their upload endpoint."]),
    ("vpn", "covered", 110,
     ["vpn refuses to connect", "VPN drops all the time"],
     ["From the chalet the VPN never connects.", "VPN comes up for a moment and falls over."],
     ["Fixed the gateway address; VPN stable.", "VPN client wiped and set up anew."]),
    ("mailbox-full", "covered", 80,
     ["mailbox at max", "email over quota"],
     ["Outlook blocks sending and moans about quota.", "Pop-up says my mail storage is close to the cap."],
     ["Moved old mail to the online archive.", "Walked the user through trimming the mailbox."]),
    ("shared-folder", "covered", 75,
     ["team drive has gone walkabout", "folder says no permission"],
     ["The patrol drive is gone from my computer.", "Access denied on the rental folder."],
     ["Drive letter mapped again.", "Folder owner added the user."]),
    ("teams-audio", "covered", 60,
     ["Teams calls are mute", "Teams mic missing"],
     ["On Teams calls my voice never reaches anyone.", "Teams ignores my headset and blares from the laptop."],
     ["Headset chosen as the Teams audio device.", "Sound driver put back fresh."]),
    ("restore", "covered", 40,
     ["undelete a file", "want the copy from yesterday back"],
     ["I deleted the staff rota from the shared drive, can you restore it?",
      "I saved over the lift checklist, is there an earlier copy?"],
     ["Rolled the file back via its history.", "Recovered from the nightly backup."]),
]
