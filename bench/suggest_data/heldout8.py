"""EIGHTH HELD-OUT phrasing bank (v8): FROZEN. Written and committed before any tuning of the eighth
round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional international public broadcaster ("Larkspur Broadcasting": television studios, radio
stations, a newsroom, outside-broadcast vans, foreign-language services in a dozen languages, an
archive) instead of a university, retailer, manufacturer, council, shipping company, law firm,
hotel group or water utility. Its own systems (newsroom rundowns, media asset management,
playout, graphics, scheduling, rights, subtitles, transcoding, talkback), staff numbers written
"LB-" plus digits, placeholder and closure habits of yet another desk ("NLR", "advice given",
"wrong queue", "merged", "TBC", "[blank]", "untitled"), machine and status mail of shapes no
earlier bank used (alert managers' FIRING/RESOLVED lines, uptime monitors' DOWN/UP notices,
backup-suite job reports, certificate-expiry notices of other wording, scanner-to-mail subjects,
HR-system and directory sync reports, chat-bot and virtual-agent transcripts, quarantine
digests, sign-in notifications, broadcast chain alarms: black and silence detection,
auto-replies in Portuguese, Turkish, Polish and Greek), printer status of other shapes (counter
reports, maintenance kits, drums, per-colour toner levels), real requests that LOOK
machine-like (booking and loan forms with refs, dates and times, an HR feed's new-hire line, an
access form with approver; subjects with pasted error codes and job numbers), names of other
languages (Swahili, Persian, Bengali, Tamil, Brazilian Portuguese, Hausa, Ukrainian, Greek,
Basque), generic password, lockout, MFA and expiry requests phrased many ways and written in
many languages and scripts (Swahili, Persian, Urdu, Bengali, Tamil, Portuguese, Hausa,
Ukrainian, Greek, Basque, Turkish, Spanish, Polish, Hungarian) and mixed with English, covered
DEVICE and NETWORK topics written the same way, and eight gap topics whose words the evaluation
KB lacks or uses in another sense (a "rundown" is a running order, not a slow PC; "talkback" is
studio intercom, not Teams audio; "ingest" is loading camera cards, not e-mail; a "proxy" is a
low-resolution copy of a clip, not a web proxy; a "prompter" is an autocue). Everything is
invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a studio or suite number.
"""

ORG = "Larkspur Broadcasting"
DOMAIN = "larkspur-bc.example.org"
START = "2026-01-05"
DAYS = 34
OUTLIER_DATES = ("2012-02-29 08:30:00", "2029-06-01 12:00:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Wanjiku Baraka Amani Neema Juma Arash Shirin Navid Leyla Tanvir Nusrat Rafiq Sadia Karthik
Meenakshi Senthil Divya Caio Letícia Raíssa Vinícius Aminu Hauwa Bello Bohdan Yaryna Mykola Spyros Vasiliki
Iker Ainhoa Itziar Unai Joy Hope Rich Skip""".split()

LAST_NAMES = """Kiprono Wambui Achieng Rahimi Moradi Karimi Chowdhury Hossain Rahman Subramanian Ramasamy
Krishnan Carvalho Albuquerque Nogueira Abubakar Danjuma Shevchenko Bondarenko Kovalenko Papadakis Georgiou
Etxeberria Agirre Zubiri Fletcher Marsh Bishop Booker Painter""".split()

APPS = ["Cueline", "Vaultr", "Airstack", "Glyphos", "Gridplan", "Rightsbook", "Captio", "Clipper", "Rostra",
        "Talkhub", "Fluxmix", "Newsloom"]

DEPTS = ["Newsroom", "Radio", "Studios", "Outside Broadcasts", "Archive", "World Service", "Scheduling",
         "Rights", "Graphics", "Finance", "People", "Engineering"]
BUILDINGS = ["Studio block", "Gallery 2", "Newsroom floor 3", "Radio centre", "Archive basement",
             "Transmission suite", "Canteen", "Edit corridor"]
PLANTS = ["Larkspur House", "Riverside studios", "Northgate radio", "OB base Hallam", "Archive Dunmere",
          "Nairobi bureau"]
PLANT_CODES = ["LKH", "RVS", "NGR", "OBH"]
ID_PREFIXES = ["LB-", "FRL", "CTR"]
SENDERS = ["alertmanager", "uptime", "backup", "hr-sync", "ask-it-bot", "certwatch"]
HOST_PARTS = ["lkh-mam", "rvs-play", "ngr-aud", "lkh-nas", "obh-enc", "lkh-sql", "rvs-gfx", "lkh-web",
              "dun-tape", "lkh-dc"]
SERVICES = ["MamIndexer", "PlayoutCtl", "CaptionBridge", "TranscodeAgent", "RundownSync", "RightsApi"]
JOBS = ["NIGHTLY_ARCHIVE", "EPG_EXPORT", "MAM_PURGE", "RIGHTS_ROLLUP", "SCHEDULE_PUBLISH", "PAYROLL_FEED"]
PRINTER_MODELS = ["Ricoh IM C3000", "Xerox AltaLink C8135", "Canon iR-ADV C5840i", "Lexmark CX735",
                  "Epson WorkForce Pro WF-C879R"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["NLR", "no longer required", "advice given", "info given", "wrong queue", "reassigned", "merged",
                "merged with {id7}", "dup of INC{id7}", "TBC", "tbd", "[blank]", "untitled", "no details given",
                "caller left no details", "unknown caller", "{first} called in", "{LAST}", "{first} {last} - callback",
                "callback requested", "left message", "msg left for {first}", "cancelled", "user cancelled",
                "sent in error", "spam", "FYI", "fyi only", "as discussed", "see chat log", "closed - no response",
                "nothing found", "Sem assunto", "Konu yok", "Bez tematu", "walk up", "hotdesk enquiry"]
TESTS = ["test - pls ignore", "TEST TEST TEST", "testing new category", "ignore me", "tst", "teest",
         "trial run {num}", "pilot ticket do not action", "QA - ignore", "dry run", "this is a test",
         "prueba", "teste", "test from the bot", "form test {num}"]
ALERTS = [
    "[FIRING:{num}] HighDiskUsage {host} (severity=critical)",
    "[RESOLVED] InstanceDown instance={host}:9100 job=node",
    "Monitor is DOWN: Newsroom web ({host}) - Reason: Connection Timeout",
    "Monitor is UP: Newsroom web - it was down for {num} minutes and {num}0 seconds",
    "[Triggered] CPU load above 90% on {host}",
    "Backup job 'Nightly-Media-NAS' completed with warnings ({num} of {num}0 objects skipped)",
    "[Failed] Backup copy job MAM-offsite: {num} VMs failed",
    "Backup report {date}: Success {num}{num}, Warning {num}, Failed 0",
    "Certificate expiration notice: *.{domain} expires on {date}",
    "ACTION REQUIRED - TLS certificate for {host} expires in {num}0 days",
    "HR sync report {date}: {num}{num} created, {num} updated, 0 errors",
    "Directory import finished - {num}{num}{num} records read, {num} rejected",
    "Leaver feed: {num} accounts disabled ({date})",
    "Chat transcript with Ask IT bot - session {id7}",
    "Your conversation with the virtual agent on {date}",
    "Bot handover: transcript {id7} attached",
    "Playout ch{num} BLACK detected at {time}",
    "Silence detected on Radio {num} output for {num}0 s",
    "Transcode node {host} heartbeat missed",
    "Storage report: /mnt/media at {pct}% ({num}.{num} TB free)",
    "Quarantine summary: {num} messages held for you",
    "New sign-in to your account from an unrecognised device",
    "Message blocked: attachment type not permitted",
    "Resposta automática: Ausente até {date}",
    "Otomatik yanıt: izindeyim",
    "Automatyczna odpowiedź: urlop do {date}",
    "Αυτόματη απάντηση: εκτός γραφείου",
    "{job} completed RC={code} at {ts}",
]
PRINTER_STATUS = [
    "Scanned from {model}",
    "Message from \"{printer}\"",
    "[Scan-to-Email] {serial}_{date}.pdf",
    "Toner low: Cyan {num}% on {printer}",
    "Maintenance kit replacement required - {model}",
    "Drum unit near end of life ({printer})",
    "Counter report {serial} {date}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-kitloan", "form", "KIT LOAN #{id7} / camera kit / out {date} / back {date} / {person}"),
    ("form-suite", "form", "Booking ref {id7}: Edit suite {line}, {date} {time}, booked by {person}"),
    ("form-starter", "covered", "HR-FEED NEW HIRE {id_alnum} :: {LAST}, {FIRST} :: start {date}"),
    ("form-guest", "form", "Guest wifi voucher request > {person} > {num} days"),
    ("form-access", "covered", "Access request [{app}] for {first} {last} ({USERID}) - approver {person}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["pwd reset req", "PW reset", "forgotten login details", "cant remember my password",
                    "password change needed urgently", "password help", "need new pw", "passwrd reset",
                    "reset of my network password", "password reset for LB-{id7}", "new password for {first} pls",
                    "password not accepted this morning", "reset my password please",
                    "nimesahau nenosiri", "nenosiri langu halifanyi kazi", "رمز عبور را فراموش کردم",
                    "پاس ورڈ بھول گیا", "পাসওয়ার্ড ভুলে গেছি", "கடவுச்சொல் மறந்துவிட்டேன்", "esqueci minha senha",
                    "redefinir senha por favor", "na manta kalmar sirri", "забув пароль", "скинути пароль, будь ласка",
                    "ξέχασα τον κωδικό μου", "pasahitza ahaztu dut", "şifremi unuttum", "olvidé mi contraseña",
                    "zapomniałem hasła do komputera", "elfelejtettem a jelszavam", "senha expirou pls help",
                    "nenosiri reset please", "şifre reset lazım", "bitte mein PW zurücksetzen",
                    "mot de passe oublié - urgent", "reset ang password ko please"]
APP_PASSWORD = ["{app} says credentials invalid", "{app}: password reset needed", "cannot log into {app} since this morning",
                "{app} - locked", "{APP} LOGIN", "{app} sign-in keeps failing", "reset my {app} pw",
                "{app} account disabled", "{app} password has expired", "new {app} password please",
                "{app} access lost after password change", "{app} keeps rejecting my password"]
LOCKOUT = ["locked out of my PC", "account has been locked", "AD account locked", "acct locked out",
           "keep getting locked out", "lockout again!!", "user locked", "akaunti imefungwa",
           "حساب کاربری قفل شده", "অ্যাকাউন্ট লক হয়ে গেছে", "minha conta está bloqueada", "conta bloqueada",
           "обліковий запис заблоковано", "ο λογαριασμός μου κλειδώθηκε", "hesabım kilitlendi",
           "kontua blokeatuta dago", "cuenta bloqueada", "konto zablokowane", "account locked, bitte entsperren",
           "locked out - senha errada 3x"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other languages and scripts too)
    ("printing", "covered", 170, ["printer not working", "can't print to floor 3 printer", "print queue stuck",
        "printer shows error 49", "PRINTER OFFLINE", "impressora não imprime", "yazıcı çalışmıyor",
        "принтер не друкує", "پرینتر چاپ نمی کند", "printer haifanyi kazi"]),
    ("wifi", "covered", 150, ["wifi not connecting", "no wifi in studio block", "wifi drops every 5 min",
        "can't get on the wireless", "WIFI DOWN", "wifi não conecta", "kablosuz ağ bağlanmıyor", "wifi не працює",
        "το wifi δεν λειτουργεί", "wifi haifanyi kazi"]),
    ("vpn", "covered", 110, ["vpn not connecting from home", "VPN keeps disconnecting", "vpn error 809",
        "remote access vpn fails", "VPN não conecta", "VPN bağlanmıyor", "VPN не підключається"]),
    ("outlook", "covered", 100, ["outlook won't open", "Outlook freezes", "outlook keeps asking for password",
        "outlook not syncing mail", "Outlook não abre", "Outlook açılmıyor"]),
    ("mailbox-full", "covered", 40, ["mailbox is full", "mailbox size limit reached", "cannot send - mailbox full",
        "caixa de correio cheia"]),
    ("slow-pc", "covered", 110, ["computer very slow", "laptop slow to boot", "PC sluggish all day", "machine running slow",
        "computador muito lento", "bilgisayar çok yavaş", "комп'ютер дуже повільний", "kompyuta ni polepole"]),
    ("monitor", "covered", 70, ["second screen not working", "monitor no signal", "docking station not detecting screens",
        "monitor flickering", "monitor não liga", "οθόνη δεν ανάβει"]),
    ("software", "covered", 90, ["please install software", "software install request", "need Premiere installed",
        "request new application", "can I get a program installed"]),
    ("shared-folder", "covered", 90, ["no access to shared drive", "shared folder permission denied", "network drive missing",
        "need access to team share", "S drive gone"]),
    ("phishing", "covered", 50, ["phishing email", "suspicious email received", "dodgy link in email",
        "fake login page email", "reporting a phishing attempt"]),
    ("mfa", "covered", 70, ["MFA not working", "authenticator not sending codes", "new phone need MFA set up",
        "2FA prompt never arrives", "código MFA não chega", "MFA kodu gelmiyor", "не приходить код MFA",
        "κωδικός MFA δεν έρχεται", "MFA code haifiki"]),
    ("password-expired", "covered", 40, ["password expired", "my password has expired can't log in",
        "expired password", "senha expirada", "şifremin süresi doldu", "термін дії пароля закінчився"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "OneDrive sync pending forever", "onedrive red cross on files"]),
    ("teams-audio", "covered", 50, ["teams no audio", "Teams microphone not working", "can't hear anyone in teams",
        "Teams headset not recognised"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key please", "asking for bitlocker key", "bitlocker screen on boot"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "laptop not charging", "laptop dead won't boot",
        "notebook não liga", "dizüstü bilgisayar açılmıyor"]),
    ("badge", "covered", 40, ["door card not working", "building pass won't open door", "ID card stopped working"]),
    ("restore", "covered", 35, ["restore deleted file please", "accidentally deleted folder", "need previous version of file"]),
    ("acrobat", "covered", 40, ["pdf won't open", "Acrobat keeps crashing", "can't open PDF attachments"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("ingest", "gap", 100, ["ingest stuck", "camera cards not ingesting", "ingest station can't see card",
        "clips not ingesting into Vaultr", "INGEST FAILED", "ingest error E-{num}0{num}{num}", "footage won't ingest"]),
    ("subtitles", "gap", 90, ["subtitles out of sync", "subtitles missing on playout", "live subtitles lagging",
        "subtitle file rejected", "SUBTITLES NOT SHOWING", "subtitles drifting on repeat"]),
    ("talkback", "gap", 80, ["talkback panel no audio", "can't hear gallery on talkback", "talkback beltpack dead",
        "talkback crackling in studio {line}", "no talkback to floor manager", "TALKBACK DOWN"]),
    ("rundown", "gap", 70, ["rundown not updating", "rundown won't save", "story missing from rundown",
        "rundown locked by another user", "rundown timings wrong"]),
    ("proxy", "gap", 65, ["proxy not generated", "proxies missing for yesterday's clips", "proxy playback stutters",
        "proxy job {id7} stuck at 0%", "low res proxy not created"]),
    ("prompter", "gap", 60, ["prompter not scrolling", "prompter shows wrong script", "autocue frozen",
        "prompter script not loading", "autocue text too small"]),
    ("uplink", "gap", 55, ["uplink dropping from OB van", "bonded uplink won't go live", "uplink no signal to base",
        "live unit keeps losing uplink", "uplink latency huge"]),
    ("cue-sheet", "gap", 45, ["cue sheet won't submit", "music cue sheet rejected", "cue sheet missing tracks",
        "can't export cue sheet", "cue sheet error"]),
]

VAGUE = ["Problem", "Query", "Login", "Audio", "Camera", "Edit", "Screen", "Wifi", "Headset", "Mac", "Files",
         "Broken", "Urgent"]

ONEOFF_OBJECTS = ["lighting desk", "green room TV", "studio clock", "weather graphics template", "make-up room mirror light",
    "tally light", "boom mic", "lapel mic", "camera tripod", "SD card reader", "lens cloth", "gaffer tape order",
    "radio mic batteries", "newsroom TV wall", "archive tape deck", "VHS player", "vinyl digitiser", "photo library",
    "style guide", "brand font", "logo pack", "lower third template", "opening titles", "studio booking sheet",
    "guest wifi sign", "reception screen", "car park pass", "taxi account", "expenses app", "travel booking tool",
    "visa letter", "press pass", "security lanyard", "canteen menu screen", "coffee machine card", "locker key",
    "desk booking", "hot desk monitor", "standing desk", "chair", "footrest", "keyboard", "mouse", "webcam",
    "headphones", "USB-C cable", "HDMI adapter", "mobile phone", "SIM card", "power bank", "laptop bag",
    "iPad", "stylus", "label printer", "shredder", "franking machine", "whiteboard", "projector", "clicker",
    "intranet page", "staff directory", "email signature", "shared calendar", "Teams channel", "SharePoint site",
    "Excel macro", "Word template", "PowerPoint deck", "timesheet", "payslip", "pension form", "training course"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question", "missing", "needs replacing", "error", "won't load",
    "request", "issue", "out of date", "wrong", "too slow", "won't start", "can't find", "how to", "need access",
    "disappeared", "won't save", "faulty", "set up", "replace please", "update needed", "greyed out", "incorrect",
    "stuck", "flickering", "buzzing", "cracked", "wrong colour"]
ONEOFF_FREE = [
    "who changes the studio clock for summer time", "can the green room TV get the news channel",
    "need a longer HDMI for the gallery", "which form for a freelancer's laptop", "tally light stays red",
    "can the TV wall show the radio feeds", "where do digitised tapes go", "move my desk phone to the radio centre",
    "need a travel adapter for Nairobi", "lower third template has old logo", "who owns the style guide",
    "order more press passes", "summer interns need logins", "coffee machine card reader beeps",
    "lens cloth order for OB", "projector remote missing batteries",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "ENC: "), (0.06, "YNT: "), (0.08, "ΑΠ: "), (0.10, "[External] "), (0.13, "{plant} - "),
                  (0.15, "{person}: "), (0.17, "LB-{id7} "), (0.19, "Studio {line} - ")]
NOISE_SUFFIXES = [(0.05, " / {person}"), (0.07, " [{netid}]"), (0.09, " ext {ext}"), (0.12, " - {bldg}"),
                  (0.15, " @ {plant}"), (0.17, " suite {line}"), (0.19, " LB-{id7}"), (0.21, " urgent!"),
                  (0.22, " ???"), (0.24, " (from iPhone)"), (0.26, " on behalf of {first} {last}"),
                  (0.28, " ~ {person}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "one-time code was {otp}",
    "she read out {otp_spaced} from the app",
    "verification {otp} accepted",
    "temporary password {password} given",
    "set it to {password} for now",
    "he tried {password} and it failed",
    "new pw {password}",
    "Cheers,\n{first} {last}\nProducer, {dept}",
    "user {USERID} locked again",
    "please unlock {USERID}",
    "[{USERID}] disabled by HR feed",
    "{first} {last} ({USERID}) on {ws2}",
    "private mail {email_obf}",
    "reply to {email}",
    "mob {phone_nat}",
    "ring {phone_intl}",
    "courier to {address_x}",
    "post to {address_eu}",
    "home: {address_us}",
    "ATTN {FIRST} {LAST}",
    "editor {last} signed off",
    "cc {first} {last}",
    "{first_plain} from {dept} asked",
    "staff no {id7}",
    "freelancer ref {id_alnum}",
    "card {id7} refused at turnstile",
    "paid with {card}",
    "device {ws2} MAC {mac2}",
    "seen from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Larkspur Broadcasting.", "Larkspur Broadcasting"),
    ("building", "Kit left in the Wren Studio.", "Wren Studio"),
    ("place", "Crew flew to Mombasa.", "Mombasa"),
    ("product", "The Halo X2 cameras overheat.", "Halo X2"),
    ("team", "Passed to Team Heron.", "Team Heron"),
    ("category", "Category: Studios, Playout, Archive", "Playout, Archive"),
    ("version", "Build 8.2.14.3310 deployed.", "8.2.14.3310"),
    ("error_code", "Ingest shows LB-E4471.", "LB-E4471"),
    ("server_name", "Clips on LKH-NAS-07.", "LKH-NAS-07"),
    ("role_email", "Copy newsdesk@larkspur-bc.example.org in.", "newsdesk@larkspur-bc.example.org"),
    ("asset_tag", "Asset LKH-CAM-002871 in the store.", "LKH-CAM-002871"),
    ("ticket_ref", "Linked to INC0881342.", "INC0881342"),
    ("place", "Bureau in Chennai.", "Chennai"),
    ("product", "Two Comet Pro decoders on order.", "Comet Pro"),
    ("place", "She moved to Bilbao.", "Bilbao"),
]

PHONES_INTL = ["+254 20 555 0123", "+98 21 5555 0142", "+880 2 5555 0199", "+91 44 5555 0123", "+55 11 5555 0174",
               "+234 9 555 0166", "+380 44 555 0133", "+30 21 0555 0148", "+34 944 555 014", "+44 20 7946 0190"]
PHONES_NATIONAL = ["020 5550123", "021 5555 0142", "(11) 5555-0174", "044 555 01 33", "020 7946 0190", "07700 900 415"]
ADDRESSES_EU = ["Odos Ermou 45, 105 63 Athina", "Kale Nagusia 12, 3. ezk., 48005 Bilbao",
                "vul. Khreshchatyk 22, kv. 5, 01001 Kyiv", "Rua Augusta 100, 1100-053 Lisboa",
                "Calle Mayor 8, 2º B, 28013 Madrid", "7 Wharf Lane, Leeds LS1 4AB"]
ADDRESSES_US = ["812 Maple Ave Apt 2C, Newark, NJ 07102", "4400 Mission St Unit 5, San Francisco, CA 94112",
                "PO Box 2210, Tulsa, OK 74101", "17 Birch Road, Burlington, VT 05401"]
ADDRESSES_OTHER = ["Moi Avenue, Nairobi 00100", "Vali-Asr St, No. 12, Tehran", "House 5, Road 11, Dhanmondi, Dhaka",
                   "14 Anna Salai, Chennai 600002", "Av. Paulista 1500, São Paulo - SP, 01310-100",
                   "Plot 9, Ahmadu Bello Way, Abuja"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Habari,", "Olá,", "Hi IT,", "Salam,", "Merhaba,", "Добрий день,", "Dear {first},"]
RICH_SIGNOFFS = ["Asante\n{first}", "Best wishes,\n{first} {last}\n{dept}", "Cheers - {first}",
                 "Abraços\n{first} {last}", "--\n{first} {last} | Sound Supervisor | {phone_intl}",
                 "Regards\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called the gallery, no answer.", "Remote session started.", "On-air impact, raised to P1.",
                 "Waiting on the producer.", "Logged with the vendor.", "Chased on Teams.",
                 "Assigned to broadcast engineering.", "Voicemail left.", "User on air, will call after.",
                 "Spoke to the studio manager."]
RICH_GENERIC_NOTES = ["Sorted while on the call.", "No response, closing.", "Done.", "User confirmed fixed.",
                      "Closed - no further action.", "Working again."]
RICH_ONEOFF_BODIES = ["Could someone check the {thing}? It has been odd since Monday.",
                      "Who is responsible for the {thing}?",
                      "The {thing} in our area needs looking at.",
                      "Please sort the {thing} before the live show."]

RICH_TOPICS = [
    ("wifi", "covered", 380,
     ["wifi dropping", "no wireless", "wifi not connecting"],
     ["The wireless in the studio block drops every few minutes.",
      "My laptop cannot see the staff wireless on the newsroom floor.",
      "Wifi shows connected but pages never load."],
     ["Wireless profile removed and added again.", "Access point rebooted by networks.",
      "Adapter driver updated; stable now."]),
    ("printer", "covered", 240,
     ["printer offline", "printer not printing", "print jobs stuck"],
     ["The newsroom printer says offline and prints nothing.",
      "My jobs stay in the queue with an error.", "Nobody in the radio centre can print."],
     ["Queue cleared and spooler restarted.", "Printer power-cycled.", "Printer re-added on the laptop."]),
    ("lockout", "covered", 160,
     ["account locked", "locked out", "locked out again"],
     ["My account locks after a couple of wrong passwords.",
      "I keep getting locked out on Monday mornings.",
      "Windows tells me the account is locked."],
     ["Account unlocked; old password removed from the phone.", "Unlocked; user signed in."]),
    ("ingest", "gap", 150,
     ["ingest stuck", "camera cards not ingesting", "footage won't ingest"],
     ["The ingest station in the edit corridor does not see the camera card.",
      "Ingest of this morning's rushes has been stuck at the same clip for an hour.",
      "Clips from the OB van never show up in the media library after ingest."],
     ["Card reader replaced; ingest completed.", "Ingest service restarted on the MAM server.",
      "Card re-formatted by camera team and footage ingested from backup."]),
    ("talkback", "gap", 120,
     ["talkback no audio", "can't hear gallery", "talkback beltpack dead"],
     ["The talkback panel in the gallery gives no audio to the floor.",
      "The floor manager cannot hear the director on talkback.",
      "My talkback beltpack is dead even with a fresh battery."],
     ["Talkback matrix port re-patched.", "Beltpack swapped and paired.",
      "Talkback panel rebooted by sound engineering."]),
    ("prompter", "gap", 90,
     ["prompter not scrolling", "autocue frozen", "prompter wrong script"],
     ["The prompter froze halfway through the bulletin script.",
      "Autocue shows yesterday's script instead of today's rundown.",
      "The presenter's prompter will not scroll with the hand control."],
     ["Prompter PC restarted and script re-sent.", "Hand control re-paired.",
      "Script link to the newsroom system refreshed."]),
    ("vpn", "covered", 110,
     ["vpn not connecting", "VPN drops"],
     ["VPN will not connect from home.", "The VPN connects and drops after a minute."],
     ["Gateway changed; VPN stable.", "VPN client reinstalled."]),
    ("mailbox-full", "covered", 80,
     ["mailbox full", "mailbox over limit"],
     ["Outlook says my mailbox is full and I cannot send.", "I got a warning my mailbox is too big."],
     ["Old mail archived.", "Showed how to clear the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive missing", "folder access denied"],
     ["The team drive disappeared from my PC.", "Access denied on the graphics folder."],
     ["Drive mapped again.", "Access given by the folder owner."]),
    ("teams-audio", "covered", 60,
     ["no audio in Teams", "Teams mic not working"],
     ["People cannot hear me in Teams.", "Teams plays through the speakers not my headset."],
     ["Headset selected in Teams.", "Audio driver updated."]),
    ("restore", "covered", 40,
     ["restore deleted file", "need older version"],
     ["I deleted a running order on the shared drive, can it be restored?",
      "I saved over a script, is there an earlier version?"],
     ["Restored from previous versions.", "Restored from backup."]),
]
