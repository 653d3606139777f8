"""ELEVENTH HELD-OUT phrasing bank (v11): FROZEN. Written and committed before any tuning of the
eleventh round; never tuned on; its aggregate figures are looked at once, at the end.

A fictional performing-arts trust ("Quillmere Lyric Trust": an opera house, a concert hall, a
rehearsal centre, a scenery and costume workshop, a box office and a touring company) instead of
a university, retailer, manufacturer, council, shipping company, law firm, hotel group, water
utility, broadcaster, airport or mine. Its own systems (box office, surtitles, fly automation,
lighting control, orchestral library, wardrobe tracking, crew call sheets, donor records, touring
logistics), staff numbers written "QLT" plus digits, the placeholder and closure habits of one more
desk ("no subj", "(none)", "tbc", "missed call", "voicemail only", "wrong dept"), trial tickets of other
shapes ("sanity ping", "please disregard - pilot"), machine and status mail of shapes no earlier
bank used (DMX node loss, UPS on battery, pod restart loops, BMS humidity alarms, fire panel
faults, SIEM detections, DNS lookup failures, certificate countdowns, payment gateway timeouts,
Windows event ids, PDU outlet trips, auto-replies in Welsh, Basque, Estonian and Maltese), printer
status of other shapes (toner-waste box, fuser life counts, tray size mismatches), real requests
that LOOK machine-like (rehearsal room bookings with times, complimentary ticket requests with
seat codes, casual crew onboarding with dates, visiting company passes, costume fitting slots),
names of other languages (Welsh, Basque, Estonian, Latvian, Lithuanian, Maltese, Icelandic,
Albanian, Georgian, Mongolian, Khmer, Sinhala, Samoan), generic password, lockout, MFA and expiry
requests spelt with app names, abbreviations (pwd, p/w, acct, 2SV, OTP) and languages v1-v10 did
not use, covered device and network topics written the same way, and eight gap topics whose words
the evaluation KB lacks or uses in another sense (a "scanner" reads tickets at the door, not
paper; "audio" is the show relay to dressing rooms; a "mic" is a radio microphone on stage; a
"console" is a lighting desk; "PDF parts" are orchestral sheet music; a "display" is surtitles).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a venue, ``{line}`` a stage, room or door number.
"""

ORG = "Quillmere Lyric Trust"
DOMAIN = "quillmere-lyric.example.org"
START = "2026-02-02"
DAYS = 29
OUTLIER_DATES = ("1970-01-01 00:00:00", "2099-09-09 09:09:09", "2008-02-29 12:00:00", "2041-06-30 18:45:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Gwenllian Iolo Rhodri Aitziber Iñaki Garazi Kadri Priit Liisu Ilze Kaspars Rūta Žydrūnas
Ġorġ Marija Kurt Sigrún Hrafn Ylfa Arbër Drita Nino Levan Tamari Bolormaa Tömör Sokha Vannak Nimali
Chathura Sina Tavita Lagi Orla Fintan Nell Crispin""".split()

LAST_NAMES = """Pryce Llewelyn Bowen Etxeberria Agirre Zubizarreta Lepik Rebane Kivisild Kalniņš Liepiņa Kazlauskas
Petrauskaitė Borg Camilleri Zammit Grech Sigurðardóttir Ólafsson Hoxha Krasniqi Beridze Lomidze
Ganbold Batbayar Chhim Sovann Perera Wickramasinghe Tuilagi Faleolo Aumua Geraghty Hollins Treadgold""".split()

APPS = ["Curtainly", "Surtitlr", "Flyloft", "Lumacue", "Scorevault", "Wardrobix", "Callboard", "Donorbase",
        "Tourmate", "Seatwise", "Rehearsr", "Gantrylog"]

DEPTS = ["Box Office", "Orchestra", "Stage Management", "Lighting", "Wardrobe", "Scenic Workshop",
         "Development", "Touring", "Front of House", "Marketing", "Music Library", "Learning"]
BUILDINGS = ["Stage door", "Flytower", "Pit level", "Costume loft", "Rehearsal Studio B", "Box office foyer",
             "Paint frame", "Dressing corridor"]
PLANTS = ["Opera House", "Concert Hall", "Rehearsal Centre", "Scenic Works", "Touring truck", "Admin annexe"]
PLANT_CODES = ["QOH", "QCH", "QRC", "QSW"]
ID_PREFIXES = ["QLT", "CRW-", "ART"]
SENDERS = ["dmx-mon", "ups-mgmt", "k8s-alerts", "bms", "siem", "paygw"]
HOST_PARTS = ["qoh-dmx", "qch-ups", "qrc-k8s", "qoh-bms", "qsw-nas", "qch-pay", "qoh-rfid", "qch-dns",
              "qrc-ad", "qoh-ltc"]
SERVICES = ["SeatSync", "SurtitleFeed", "DonorBridge", "ScoreIndex", "CallsheetPush", "FlyTelemetry"]
JOBS = ["BOXOFF_SETTLE", "DONOR_ETL", "SCORE_OCR", "CREW_PAYRUN", "TOUR_MANIFEST", "RFID_RECON"]
PRINTER_MODELS = ["Brother MFC-L9670CDN", "Xerox VersaLink C7130", "Sharp MX-C407F", "Konica Minolta bizhub C360i",
                  "Pantum CM7105DN"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["no subj", "(none)", "tbc", "missed call", "voicemail only", "wrong dept", "xx", "ok thx",
                "closed by caller", "sorted itself", "duplicate - see other", "see previous ticket", "n/r",
                "not required", "logged by accident", "nothing wrong found", "user advised, closing", "handled at desk",
                "walk-up, fixed", "rang off", "left msg", "chased", "…", "~", "***", "{FIRST}", "{LAST} {FIRST} (no subject)",
                "{first} phoned", "for {last}", "Dim pwnc", "Gai gabe", "Teema puudub", "Bla suġġett",
                "Án efnis", "pa subjekt", "void", "pls shut this", "np", "done & dusted"]
TESTS = ["sanity ping", "please disregard - pilot", "pilot ticket {num}", "zz test zz", "tesst", "TESTTEST",
         "probe from Curtainly webhook", "inbound mail probe", "ignore me {num}{num}", "smoke check", "t",
         "training demo, disregard", "fake call for handover", "runbook drill"]
ALERTS = [
    "DMX node {host} lost universe {num}",
    "UPS {host} switched to battery power, runtime {num}{num} min",
    "Pod {svc}-{num}{num}{num} in CrashLoopBackOff (restarts: {num}{num})",
    "BMS alarm: Costume loft RH {pct}% above setpoint",
    "Fire panel {host} loop {num} device fault",
    "SIEM detection: impossible travel for service principal {svc}",
    "DNS lookup for {host}.{domain} failed (SERVFAIL)",
    "TLS cert countdown: {host}.{domain} has {num} days left",
    "Payment gateway timeouts: {num}{num} in last 5 min",
    "Event 6008 on {host}: unexpected shutdown at {ts}",
    "PDU {host} outlet {num} tripped",
    "{job} completed with {num} rejected rows",
    "{job} did not start: prerequisite missing ({ts})",
    "Smart switch {ip} port {num}{num} err-disabled",
    "LTC timecode lost on {host}",
    "Storage pool {host} degraded, {num} of {num} drives healthy",
    "{svc} 5xx rate {num}.{num}% over threshold",
    "Ateb awtomatig: allan o'r swyddfa tan {date}",
    "Erantzun automatikoa: bulegotik kanpo {date} arte",
    "Automaatvastus: olen puhkusel kuni {date}",
    "Tweġiba awtomatika: barra mill-uffiċċju",
    "[{svc}] synthetic check FAILED from {ip}",
    "Replication lag {num}{num}{num}s on {host}",
    "Badge reader {host} tamper switch open",
    "{host}: inlet {num}{num} deg, fan {num} stalled",
]
PRINTER_STATUS = [
    "Waste toner container {pct}% full - {printer}",
    "Fuser life {pct}% used on {model}",
    "Tray {num} size mismatch (A3/A4) {printer}",
    "{printer} jammed in duplex unit, code J-{num}{num}",
    "Counter report {model} {serial} {date}",
    "Scanned image from {printer} {time}",
    "{model} ({ip}) toner cyan low",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-rehearsal", "form", "Rehearsal room booking :: Studio {line} :: {date} {time} :: booked by {person}"),
    ("form-comps", "form", "Comp tickets request / {person} / seats ST{num}{num}-{num}{num} / perf {date}"),
    ("form-casual", "covered", "Casual crew onboarding > {person} > first call {date} > QLT{id7}"),
    ("form-visiting", "form", "Visiting company pass: {LAST} {FIRST} - tour dates {date} to {date}"),
    ("form-fitting", "form", "Costume fitting slot {date} {time} for {person} (role {num})"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["pwd reset reqd", "forgot p/w", "p/w reset", "need a new pwd", "reset pwd QLT{id7}",
                    "forgotten my pword", "password wont work after holiday", "can you reset my passcode",
                    "pword not recognised", "reset network pw please", "I've forgotten it again - password",
                    "lost my password over the weekend", "password reset (urgent, show tonight)",
                    "cyfrinair wedi anghofio", "ailosod cyfrinair os gwelwch yn dda", "ahaztu zait pasahitza",
                    "pasahitza berrezarri mesedez", "parool läks meelest", "parooli lähtestamine palun",
                    "neatceros savu paroli", "lūdzu atiestatīt paroli", "neatsimenu savo slaptažodžio", "slaptažodžio atstatymas",
                    "ma niftakarx il-password", "ég man ekki lykilorðið", "endurstilla lykilorð takk",
                    "e harrova fjalëkalimin", "დამავიწყდა პაროლი", "нууц үгээ мартчихлаа",
                    "ខ្ញុំមិនចាំលេខកូដសម្ងាត់ទេ", "මගේ මුරපදය මතක නැහැ", "ua galo la'u upu faalilolilo",
                    "cyfrinair reset plis", "parool reset pls", "pwd nollaus?", "reset da password pls",
                    "pass wd reset", "password reseting", "passowrd resset"]
APP_PASSWORD = ["{app} pwd reset needed", "{app} p/w not accepted", "{app} acct locked", "{APP} - LOGIN DENIED",
                "can't sign into {app} on the pit laptop", "{app} says credentials incorrect",
                "{app} 2SV code never comes", "{app} asks for OTP every time", "{app} pwd has expired",
                "{app} locked me out after 3 tries", "{app} pass forgotten", "{app} login loop",
                "reset {app} password pls", "{app} - cyfrinair ddim yn gweithio"]
LOCKOUT = ["acct locked", "locked acct pls unlock", "I am locked out of everything", "account disabled after wrong pwd",
           "can't get in - locked", "locked out of my PC in the pit", "unlock QLT{id7}", "locked after several attempts",
           "cyfrif wedi cloi", "nire kontua blokeatu egin da", "mu kasutaja on lukustatud", "mans lietotājs ir nobloķēts", "paskyra užrakinta",
           "il-kont tiegħi huwa msakkar", "búið að læsa aðganginum", "më është bllokuar llogaria",
           "ჩემი ექაუნთი ჩაიკეტა", "миний эрх түгжигдсэн", "គណនីត្រូវបានចាក់សោ", "මගේ ගිණුම ලොක් වෙලා",
           "ua loka la'u teugatupe", "acct lock - pls", "lockd out", "locked out (again)"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 160, ["nothing printing from my mac", "print jobs disappear into nowhere", "printer in box office offline",
        "printer error J-{num}{num}", "PRINTER DEAD AGAIN", "argraffydd ddim yn gweithio", "inprimagailua ez dabil",
        "printer ei prindi", "stampatur ma jaħdimx"]),
    ("wifi", "covered", 140, ["wifi drops in the flytower", "cant get on staff wifi", "no wifi in dressing rooms",
        "wireless keeps kicking me off", "WIFI IS DEAD", "wifi ddim yn gweithio", "wifia ez dabil",
        "wifi ei tööta", "wifi nestrādā"]),
    ("vpn", "covered", 100, ["vpn wont connect on tour", "vpn drops every 10 mins", "can't connect vpn hotel",
        "vpn error 7{num}{num}", "VPN ddim yn cysylltu", "VPN ei ühendu"]),
    ("outlook", "covered", 100, ["outlook refuses to open", "outlook hangs on startup", "outlook keeps prompting pwd",
        "outlook crashed and won't reopen", "Outlook ez da irekitzen", "outlook ei avane"]),
    ("mailbox-full", "covered", 45, ["my inbox has hit its cap", "exceeded my mail quota", "cant send - mailbox limit",
        "blwch post yn llawn"]),
    ("slow-pc", "covered", 100, ["pc is crawling", "laptop boot takes forever", "computer very sluggish",
        "everything freezing on my desktop", "cyfrifiadur yn araf", "ordenagailua oso motel", "arvuti on aeglane"]),
    ("monitor", "covered", 70, ["external display says no input", "dock not showing second screen",
        "screen goes black randomly", "display flickers constantly", "sgrin ddim yn gweithio", "monitor ei näita"]),
    ("software", "covered", 90, ["install request for my laptop", "need an app installed please",
        "please push software to me", "could IT put a program on", "request to install a tool"]),
    ("shared-folder", "covered", 90, ["cannot browse the shared drive", "access denied on shared folder",
        "lost my mapped drive", "need access to the wardrobe share", "lost the P: letter"]),
    ("phishing", "covered", 50, ["suspicious email asking for bank details", "phishy email", "looks like a scam email",
        "email from 'CEO' wanting vouchers bought", "forwarding a phish"]),
    ("mfa", "covered", 90, ["2SV not prompting", "authenticator app lost with old phone", "OTP code not arriving",
        "set up 2SV on new phone", "{app} MFA prompt missing", "dilysu dau gam ddim yn gweithio",
        "MFA kodea ez da iristen", "MFA kood ei tule", "no MFA push on {app}"]),
    ("password-expired", "covered", 45, ["pwd expired", "password has expired cant login", "expired pw on laptop",
        "cyfrinair wedi darfod", "pasahitza iraungita", "parool aegunud", "{app} says pw expired"]),
    ("onedrive", "covered", 40, ["onedrive halted syncing", "OneDrive shows a sync cross", "onedrive files not updating"]),
    ("teams-audio", "covered", 50, ["nobody hears me on teams", "teams audio silent", "teams mic muted by itself",
        "teams ignores my headset"]),
    ("bitlocker", "covered", 30, ["need bitlocker key", "bitlocker asking for recovery key", "bitlocker lock screen"]),
    ("laptop-power", "covered", 50, ["laptop dead wont power on", "laptop won't charge", "no power to my laptop",
        "gliniadur ddim yn troi ymlaen", "sülearvuti ei lülitu sisse"]),
    ("badge", "covered", 40, ["pass not opening stage door", "access card rejected", "lanyard card stopped working"]),
    ("restore", "covered", 35, ["get back a deleted file", "deleted a folder by mistake", "restore previous version of doc"]),
    ("acrobat", "covered", 40, ["pdf refuses to open", "acrobat quits on open", "can't open pdf from email"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("surtitles", "gap", 100, ["surtitles out of sync with singers", "surtitle screen showing wrong act",
        "Surtitlr cue list won't load", "SURTITLES FROZEN", "seatback titles blank in row {line}",
        "surtitle projector lagging", "translation titles skipping lines"]),
    ("door-scanner", "gap", 90, ["door scanners rejecting valid e-tickets", "ticket scanner at door {line} offline",
        "barcode scanners not syncing with box office", "scanning app says seat already admitted",
        "DOOR SCANNERS DOWN"]),
    ("fly-automation", "gap", 80, ["fly bar {num}{num} won't move on automation", "Flyloft controller e-stop fault",
        "flying system position drift", "fly cue GO does nothing", "counterweight automation fault"]),
    ("lighting-desk", "gap", 70, ["lighting console won't load showfile", "lx desk lost DMX output",
        "Lumacue cue stack corrupted", "lighting desk touchscreen dead", "moving lights not responding to desk"]),
    ("show-relay", "gap", 65, ["show relay silent in dressing rooms", "backstage paging not working",
        "stage manager calls not heard in green room", "show relay crackling", "tannoy to dressing rooms dead"]),
    ("radio-mics", "gap", 60, ["radio mic dropouts during act {num}", "RF interference on channel {num}{num}",
        "radio mic packs not syncing frequencies", "in-ear monitor hiss", "beltpack battery dying mid show"]),
    ("parts-library", "gap", 55, ["orchestral parts not downloading", "Scorevault bowings missing",
        "band parts watermark wrong player", "can't print the cello part", "score library shows old edition"]),
    ("wardrobe-rfid", "gap", 45, ["costume RFID tags not reading", "wardrobe tracking shows costume missing",
        "Wardrobix lost the fitting notes", "costume checkout won't scan", "laundry return not logged"]),
]

VAGUE = ["Issue", "Help", "Sign in", "Scanner", "Desk", "Mic", "Display", "Screen", "Audio", "Laptop",
         "Titles", "Problem pls", "Urgent"]

ONEOFF_OBJECTS = ["green room kettle", "dressing room mirror lights", "stage door intercom", "rehearsal piano",
    "metronome", "music stand light", "pit rail", "foyer TV", "donor wall screen", "merch till", "bar card reader",
    "cloakroom tokens", "programme printer", "poster frames", "ticket stock", "seat plan poster", "follow spot",
    "haze machine", "scenery paint order", "glue gun", "sewing machine", "steam iron", "wig block", "quick-change booth",
    "touring flight case", "truck tail lift", "car-park hang tag", "bike shed key", "lost-and-found spreadsheet",
    "house manager radio", "usher torch", "accessibility loop", "audio description headsets", "captioning tablet",
    "intranet noticeboard", "staff newsletter", "studio booking calendar", "shared inbox rules", "production budget workbook",
    "Word contract template", "PowerPoint pitch", "salary slip site", "pension site", "expense form",
    "keyboard", "mouse", "webcam", "headphones", "memory card", "USB-C hub", "laptop bag", "mobile",
    "SIM", "tablet holder", "label maker", "laminator", "desk phone", "task chair", "footrest", "coat hook",
    "fridge in admin", "snack dispenser", "water fountain", "lift alarm phone", "guest pass printer"]
ONEOFF_COMPLAINTS = ["broken", "not working", "question", "missing", "due a swap", "throws an error",
    "won't open", "request", "problem", "too old", "wrong settings", "very slow", "won't start", "can't locate",
    "how do I", "need access", "gone", "won't save", "faulty", "set up please", "swap pls", "out of date",
    "greyed", "incorrect", "jammed", "flashing", "buzzing", "chipped", "too loud"]
ONEOFF_FREE = [
    "who do I ask about the foyer TV playlist", "can the donor wall show the new names", "need an extension lead in studio B",
    "what's the form for a touring sim card", "merch till receipts printing faint", "lift alarm phone test date?",
    "where are spare usher torches logged", "move my extension to the paint frame", "rugged case for the captioning tablet",
    "accessibility loop amplifier light red", "who edits the learning team page", "order more ticket stock",
    "apprentices need accounts", "bar card reader declines contactless", "follow spot mount loose",
    "presenter clicker missing from board room",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "AW: "), (0.06, "Ynt: "), (0.08, "Fwd: "), (0.10, "[EXT] "), (0.13, "{plant} - "),
                  (0.15, "{person} / "), (0.17, "QLT{id7} "), (0.19, "Stage {line}: ")]
NOISE_SUFFIXES = [(0.05, " / {person}"), (0.07, " ({netid})"), (0.09, " ext {ext}"), (0.12, " [{bldg}]"),
                  (0.15, " - {plant}"), (0.17, " entrance {line}"), (0.19, " QLT{id7}"), (0.21, " asap"),
                  (0.22, " !!"), (0.24, " (sent from my Pixel)"), (0.26, " raised for {first} {last}"),
                  (0.28, " - diolch {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "auth code read back: {otp}",
    "the text said {otp_spaced}",
    "verif code {otp} confirmed",
    "gave them {password} as a temp",
    "temporary value set to {password}",
    "swears {password} was right",
    "initial pwd {password}",
    "Diolch yn fawr\n{first} {last}\nDeputy Stage Manager, {dept}",
    "acct {USERID} locked",
    "{USERID} requires an unlock",
    "{USERID} closed at end of contract",
    "{first} {last} <{USERID}> at {ws2}",
    "private address {email_obf}",
    "cc {email}",
    "text me on {phone_nat}",
    "touring phone {phone_intl}",
    "drop off at {address_x}",
    "home {address_eu}",
    "post it to {address_us}",
    "for attention {FIRST} {LAST}",
    "head of wardrobe {last} approved",
    "add {first} {last} to cc",
    "{first_plain} of {dept} flagged it",
    "staff ref {id7}",
    "crew id {id_alnum}",
    "pass {id7} refused at stage door",
    "charged to {card}",
    "notebook {ws2} hw address {mac2}",
    "came from {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Quillmere Lyric Trust.", "Quillmere Lyric Trust"),
    ("building", "Meet in the Larch Studio.", "Larch Studio"),
    ("place", "Set trucked to Aberystwyth.", "Aberystwyth"),
    ("product", "The Nimbus K2 beltpacks overheat.", "Nimbus K2"),
    ("team", "Passed to Team Proscenium.", "Team Proscenium"),
    ("category", "Category: Stage, Sound, Wardrobe", "Sound, Wardrobe"),
    ("version", "Console firmware 4.11.0.2207 loaded.", "4.11.0.2207"),
    ("error_code", "Controller reports FLY-E317.", "FLY-E317"),
    ("server_name", "Files on QSW-STOR-07.", "QSW-STOR-07"),
    ("role_email", "Copy stage.door@quillmere-lyric.example.org in.", "stage.door@quillmere-lyric.example.org"),
    ("asset_tag", "Asset QOH-MIC-004418 back from repair.", "QOH-MIC-004418"),
    ("ticket_ref", "See RITM0448213.", "RITM0448213"),
    ("place", "Tour opened in Bilbao.", "Bilbao"),
    ("product", "Three Orbis 9 consoles on hire.", "Orbis 9"),
    ("place", "Costumes shipped from Tallinn.", "Tallinn"),
]

PHONES_INTL = ["+44 29 2018 0457", "+34 943 55 01 28", "+372 5555 0143", "+371 2555 0197", "+370 612 55019",
               "+356 2155 0162", "+354 555 0138", "+995 32 255 0174", "+976 7755 0126", "+94 11 255 0183"]
PHONES_NATIONAL = ["029 2018 0457", "943 55 01 28", "5555 0143", "01632 960 518", "07700 900 461", "(020) 7946 0732"]
ADDRESSES_EU = ["Heol y Frenhines 27, Caerdydd CF10 2BN", "Kale Nagusia 14, 3. esk., 20003 Donostia",
                "Pikk 41-6, 10123 Tallinn", "Tērbatas iela 51-3, Rīga, LV-1011",
                "Triq il-Merkanti 33, Valletta VLT 1175", "Laugavegur 61, 101 Reykjavík"]
ADDRESSES_US = ["2207 Juniper Ct Apt 4B, Tacoma, WA 98405", "18 Sorrel Rd, Ithaca, NY 14850",
                "PO Box 7731, Santa Fe, NM 87504", "604 Linden Blvd Ste 12, Dayton, OH 45402"]
ADDRESSES_OTHER = ["Rustaveli Ave 19, apt. 7, Tbilisi 0108", "Peace Ave 44, 3rd khoroo, Ulaanbaatar 14200",
                   "House 82, St. 310, Sangkat Boeung Keng Kang, Phnom Penh", "27/4 Galle Road, Colombo 03",
                   "Rruga e Kavajës 63, Tiranë 1001", "Vaitele Street, Lot 12, Apia"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Shwmae,", "Kaixo,", "Tere,", "Hiya team,", "Bongu,", "Hello desk,", "Hi {first},"]
RICH_SIGNOFFS = ["Diolch yn fawr\n{first}", "All best,\n{first} {last} ({dept})", "Ta - {first}",
                 "Eskerrik asko\n{first} {last}", "--\n{first} {last} | Deputy Stage Manager | {phone_intl}",
                 "Cheers all\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called stage door, no reply.", "Took remote control.", "Show-critical, raised to P1.",
                 "Waiting on the production manager.", "Supplier ticket opened.", "Phoned to chase.",
                 "Sent to the technical team.", "Left a message on the mobile.", "User in rehearsal, will call after.",
                 "Spoke to the prompt desk."]
RICH_GENERIC_NOTES = ["Talked through it on the phone.", "Caller silent, ticket shut.", "Complete.", "User says fine now.",
                      "Closing, nothing outstanding.", "Behaving again."]
RICH_ONEOFF_BODIES = ["Could someone look at the {thing}? It has been odd since the matinee.",
                      "Whose job is the {thing}?",
                      "The {thing} backstage needs checking.",
                      "Please fix the {thing} before the dress rehearsal."]

RICH_TOPICS = [
    ("wifi", "covered", 370,
     ["wifi drops backstage", "no staff wifi", "wifi won't connect"],
     ["The wifi in the dressing corridor drops every few minutes during the show.",
      "My laptop doesn't list the staff network in the paint frame.",
      "Wifi icon is full yet no page ever opens."],
     ["Network forgotten and rejoined.", "Network team power-cycled the nearest AP.",
      "New wifi driver pushed; no drops since."]),
    ("printer", "covered", 230,
     ["printer reports offline state", "can't print", "jobs queued forever"],
     ["The box office printer shows offline and nothing prints.",
      "Anything I send just waits in the queue showing error.", "Nobody in wardrobe can print."],
     ["Purged the queue, bounced the spooler.", "Printer restarted.", "Printer re-added."]),
    ("lockout", "covered", 150,
     ["acct locked", "locked out", "locked out yet again"],
     ["Two bad tries and my login is frozen again.",
      "I get locked out each time I come back from touring.",
      "Windows says my account has been locked."],
     ["Unlocked; stale credential deleted from the user's mobile mail app.", "Released the lock; caller back in."]),
    ("surtitles", "gap", 150,
     ["surtitles out of sync", "surtitle screen blank", "titles showing wrong act"],
     ["The surtitles ran two lines behind the singers for the whole second act.",
      "The surtitle screen above the stage went blank at the interval.",
      "The titles operator's cue list loads the previous production."],
     ["Surtitle playback machine restarted and cue list reloaded.", "Projector input switched back.",
      "Surtitle feed service restarted."]),
    ("door-scanner", "gap", 120,
     ["door scanner offline", "e-tickets rejected at door", "scanners not syncing"],
     ["The handheld scanners at door 3 reject tickets bought this afternoon.",
      "Two door scanners went offline just before the house opened.",
      "The scanning app says seats were already admitted when they were not."],
     ["Scanners re-synced with the box office.", "Scanner replaced from spares.",
      "Door scanner wifi profile reinstalled."]),
    ("fly-automation", "gap", 90,
     ["fly bar won't move", "fly automation fault", "e-stop fault on flying"],
     ["Bar 22 will not move when the cue is run on the automation desk.",
      "The flying controller shows an e-stop fault that will not clear.",
      "The fly positions drift a few centimetres each performance."],
     ["Encoder recalibrated and positions reset.", "E-stop loop repaired.",
      "Controller firmware updated by the vendor."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN falls over"],
     ["VPN will not connect from the tour hotel.", "The VPN connects and then drops after a minute."],
     ["Gateway address corrected; VPN stable.", "Removed and reinstalled the VPN agent."]),
    ("mailbox-full", "covered", 80,
     ["inbox at capacity", "over mailbox size"],
     ["Outlook tells me my inbox has hit its cap and I can't send.", "Got a warning that my mailbox is nearly full."],
     ["Moved old threads to the online archive.", "Shown how to clear the mailbox."]),
    ("shared-folder", "covered", 75,
     ["team drive gone", "folder refuses me"],
     ["The wardrobe drive has vanished from my PC.", "Access denied on the production folder."],
     ["Drive letter mapped once more.", "Owner of the folder added the user."]),
    ("teams-audio", "covered", 60,
     ["Teams silent", "Teams can't pick up my mic"],
     ["Nobody can hear me on Teams.", "Sound in Teams comes out of the laptop instead of my headset."],
     ["Selected the USB headset as the Teams device.", "Sound driver reinstalled from vendor site."]),
    ("restore", "covered", 40,
     ["recover a deleted file", "want yesterday's copy"],
     ["I deleted the running order on the shared drive, can it come back?",
      "I saved over the call sheet, is there an older copy?"],
     ["Rolled back via version history.", "Got it back off last night's backup."]),
]
