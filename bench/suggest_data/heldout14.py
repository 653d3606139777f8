"""FOURTEENTH HELD-OUT phrasing bank (v14): FROZEN. Written and committed before any tuning of the
fourteenth round, before reading the rule code or last round's misses; never tuned on; its
aggregate figures are looked at once, at the end.

A fictional wine cooperative ("Harkaitz Mahastiak Kooperatiba": member growers' vineyards, a grape
intake yard with a weighbridge, a fermentation cellar, a barrel hall, a bottling line, a bonded
warehouse, a tasting room and a cooperage workshop) instead of a university, retailer,
manufacturer, council, shipping company, law firm, hotel group, water utility, broadcaster,
airport, mine, performing-arts trust, zoo or mountain resort. Its own systems (tank monitoring,
weighbridge intake, barrel tracking, bottling lot codes, excise/bond ledger, picker tallies,
irrigation valves, tasting-room bookings), member numbers written "HMK" plus digits; the closure
habits of one more desk ("double of prior call", "rang off", "wrong queue - cellar"), trial tickets of
other shapes, machine mail of shapes earlier banks did not use (Nagios/Checkmk/Datadog style,
glycol chiller faults, tank level alarms, SAN latency, certificate renewals, cron MAILER-DAEMON
bounces, out-of-office replies in Basque, Slovene, Hungarian, Maltese, Georgian), printer status
of other shapes, real requests that LOOK machine-like (grower delivery slots with ids and dates,
cellar-hand shift swaps, tasting-room group bookings), names of other languages (Basque, Slovene,
Hungarian, Maltese, Georgian, Galician), generic password, lockout, MFA and expiry requests spelt
with in-house app names, abbreviations (pwd, passw, p/w, logon, 2FA, SSO) and languages earlier
banks did not use, covered device and network topics written the same way, and eight gap topics
whose words the evaluation KB lacks or uses in another sense (a "tank" holds wine; a "lot" is a
bottling batch; a "bond" is an excise warehouse; a "slot" is a grape delivery window; a "tally"
counts picked crates; some gap subjects mention logging on although the problem is not signing on).
Everything is invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is an estate or site, ``{line}`` a tank or row number.
"""

ORG = "Harkaitz Mahastiak Kooperatiba"
DOMAIN = "harkaitz-mahastiak.example.org"
START = "2027-09-13"
DAYS = 33
OUTLIER_DATES = ("1988-08-08 08:08:08", "2063-03-03 03:30:00", "2011-10-10 10:10:10", "1999-12-31 23:59:59",
                 "2090-07-14 14:07:00")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Itziar Garazi Unai Ander Maialen Oihane Jernej Mojca Urška Blaž Žiga Tjaša Zsófia Bence Csenge
Levente Réka Gergő Ċensu Marija Ġorġ Rożanne Nino Giorgi Tamar Levan Ketevan Xoán Uxía Brais Antía Iago""".split()

LAST_NAMES = """Etxeberria Goikoetxea Arrizabalaga Zubizarreta Aranburu Kovačič Zupančič Hribar Potočnik Vrhovec
Szabó Kertész Bárány Halmos Vörös Camilleri Borg Farrugia Vella Żammit Beridze Kvaratskhelia Lomidze
Chkheidze Otero Carballeira Souto Piñeiro""".split()

APPS = ["Tankwise", "Scalehouse", "Barrique", "Lotmark", "Bondbook", "Cuadrilla", "Riegonet", "Catabook",
        "Cellarhand", "Vinapay", "Mostlab", "Duelas"]

DEPTS = ["Cellar", "Vineyard Services", "Grape Intake", "Bottling", "Bonded Warehouse", "Tasting Room",
         "Cooperage", "Laboratory", "Member Relations", "Export Sales", "Maintenance", "Accounts"]
BUILDINGS = ["Intake yard", "Fermentation hall", "Barrel hall", "Bottling shed", "Bond store", "Tasting room",
             "Cooperage", "Lab annex"]
PLANTS = ["Lantziego", "Goriška", "Tokaj-Mád", "Ribeiro", "Mgarr", "Kakheti"]
PLANT_CODES = ["HLZ", "HGB", "HTK", "HRB"]
ID_PREFIXES = ["HMK", "CUA-", "BND"]
SENDERS = ["checkmk", "nagios", "datadog", "chiller", "cron", "certbot"]
HOST_PARTS = ["hlz-tank", "hgb-chill", "htk-scale", "hrb-bond", "hlz-san", "hgb-wms", "htk-edge", "hrb-vpn",
              "hlz-lab", "hgb-bottle"]
SERVICES = ["TankTelemetry", "WeighSync", "LotPrinter", "BondExport", "TallyFeed", "ValveBridge"]
JOBS = ["EXCISE_MONTHLY", "TALLY_ROLLUP", "LOT_LABELS", "BRIX_IMPORT", "MEMBER_STATEMENTS", "VALVE_PLAN"]
PRINTER_MODELS = ["Kyocera TASKalfa 3212i", "Canon imageRUNNER C3326i", "Lexmark XC4352",
                  "Ricoh IM C2510", "Epson WF-M5899 mono"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["double of prior call", "rang off", "wrong queue - cellar", "as per last call", "-", "???", "n.a.", "--",
                "left voicemail, nothing more", "caller cut off", "sorted by itself", "closed - no reply x3",
                "done at desk", "not IT", "for info", "took a message only", "went away", "{LAST}/{FIRST}",
                "{LAST}", "callback {first}", "from {last} at reception", "Gairik gabe", "Brez zadeve",
                "Nincs tárgy", "Ebda suġġett", "uteba", "Sen asunto", "k", "asdf", "fixed already", "resolved on call",
                "customer withdrew", "refer mail chain", "moved to change request", "nothing to do"]
TESTS = ["test ticket pls ignore {num}", "TESTING {num}{num}", "probe ticket", "queue test - cellar",
         "integration dry run {num}", "dummy ticket for training", "portal form test", "qa check, close",
         "Tankwise alert relay test", "testtest", "sla timer check", "t e s t", "new agent practice {num}"]
ALERTS = [
    "** PROBLEM Service Alert: {host}/CPU load is CRITICAL **",
    "[Checkmk] {host} - Filesystem /var CRIT - {pct}% used",
    "Datadog monitor triggered: {svc} p99 latency above {num}{num}{num} ms",
    "Glycol chiller {host} supply temp {num}.{num} C out of band",
    "Tank {line} level HIGH-HIGH at {ts}",
    "SAN {host} volume latency warning ({num}{num} ms)",
    "ACME renew error {host}.{domain} (order {num}{num})",
    "Cron <root@{host}> /opt/scripts/{job}.sh exited {code}",
    "MAILER-DAEMON: Undeliverable: {job} report {date}",
    "{job} aborted: ORA-{num}{num}{num}{num}{num} at {ts}",
    "Controller on {host} reports virtual disk {num} rebuilding",
    "Switch {host} port Gi1/0/{num}{num} flapping",
    "Backup set {job} verify FAILED on {host}",
    "Weighbridge {host} load cell drift {num}.{num} kg",
    "Compressor {host} oil pressure LOW",
    "{svc} heartbeat missed ({num} consecutive)",
    "Windows Update: {host} pending reboot for {num} days",
    "Erantzun automatikoa: oporretan {date} arte",
    "Samodejni odgovor: odsoten do {date}",
    "Automatikus válasz: szabadságon vagyok {date}-ig",
    "Tweġiba awtomatika: barra mill-uffiċċju sa {date}",
    "avtomaturi pasukhi: shvebulebashi var {date}-mde",
    "Door controller {host} tamper input active",
    "CO2 sensor {host} fermentation hall {num}{num}{num}{num} ppm",
]
PRINTER_STATUS = [
    "{model} - maintenance kit due",
    "Drum unit near end of life on {printer}",
    "{printer}: paper jam in duplex unit",
    "Meter reading request {model} serial {serial}",
    "Your scan from {printer} ({date})",
    "[{printer}] staple cartridge empty",
    "Toner auto-replenishment shipped for {model}",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-delivery-slot", "form", "Grower delivery slot HMK{id7} - {date} {time} - {num}{num} t"),
    ("form-shift-swap", "form", "Cellar shift swap: {person} -> {date} night"),
    ("form-new-starter", "covered", "New starter IT setup - {LAST}, {FIRST} - start {date} - CUA-{id7}"),
    ("form-group-tasting", "form", "Tasting room group booking #{num}{num}{num}{num} for {num}{num} guests {date}"),
    ("form-ppe", "form", "PPE request {person} - boots size {num}{num}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["forgot the passw again", "p/w reset needed", "can't remember my logon password", "need new pwd",
                    "pw rejected since 7am", "reset password please ta", "PASSWD RESET PLS",
                    "forgotten windows p/w", "pasword forgoten", "paswrd reset", "network password reset for picker lead",
                    "lost track of my password", "new passwd please", "domain pwd forgotten again",
                    "pasahitza ahaztu zait", "pasahitz berria behar dut, mesedez", "pozabil sem geslo",
                    "ponastavitev gesla prosim", "nem emlékszem a belépési jelszóra", "jelszó visszaállítás kérés",
                    "ma niftakarx il-password tal-kompjuter", "jekk jogħġbok irranġa l-password", "paroli damavitsyda",
                    "esqueceume o contrasinal", "password reset - harvest temp", "windows logon pw forgotten",
                    "my password has gone", "reset pw for cellar pc", "can't log on, forgot pass"]
APP_PASSWORD = ["{app} pwd reset pls", "{app} p/w forgotten", "{app} logon refused", "{APP} LOGON DENIED",
                "{app} keeps saying bad p/w", "{app} locked after 3 tries", "{app} 2FA code not arriving",
                "{app} SSO loops back to logon", "{app} pwd lapsed", "reset {app} pwd",
                "cant get into {app} on the intake tablet", "{app} pin rejected", "{app} - pasahitza ahaztuta",
                "{app} jelszó hibás", "{app} geslo ne dela", "{app} acct frozen"]
LOCKOUT = ["account locked after typos", "windows has locked me out", "logon locked", "I'm locked out again",
           "AD acct froze on me", "unlock HMK{id7}", "locked out on cellar pc", "account lock - third time this week",
           "locked out URGENT", "windows says account is locked", "kontua itxi didate", "račun je zaklenjen",
           "zárolták a fiókomat", "il-kont tiegħi imblukkat", "angarishi dabloKilia", "bloqueáronme a conta",
           "lockd out", "acount locekd", "blocked after wrong password", "too many goes, acct locked"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 150, ["cannot print from cellar office", "printer says offline in bond store",
        "print jobs vanish into thin air", "printer error code {num}{num}", "PRINTER SWALLOWS MY PAGES", "ezin dut inprimatu",
        "tiskalnik ne tiska", "nem nyomtat a nyomtató", "il-printer ma jipprintjax"]),
    ("wifi", "covered", 140, ["wifi keeps dropping in barrel hall", "no wifi signal in tasting room",
        "cannot connect to wifi", "wireless comes and goes", "LAB WIFI ZERO BARS", "wifi-rik ez dago hemen",
        "wifi ne deluje", "nincs wifi", "il-wifi ma jaħdimx"]),
    ("vpn", "covered", 100, ["vpn dead when working from home", "vpn falls off every 5 min", "vpn not working on laptop",
        "vpn client code {num}{num}{num}", "VPN ez da konektatzen", "VPN se ne poveže"]),
    ("outlook", "covered", 100, ["outlook won't open", "outlook frozen on the profile splash", "outlook asks for password again and again",
        "outlook vanishes mid email", "Outlook nem indul", "outlook-ek ez du pizterik nahi"]),
    ("mailbox-full", "covered", 45, ["mailbox stuffed to the limit", "inbox over limit, can't send", "email quota reached",
        "postni predal je poln"]),
    ("slow-pc", "covered", 100, ["pc dragging badly", "pc slow to start", "laptop running really slow",
        "pc keeps freezing", "ordenagailua oso motela da", "računalnik je zelo počasen", "lassú a gép"]),
    ("monitor", "covered", 70, ["2nd screen not picked up", "dock gives my screens nothing", "monitor stays black",
        "display strobing", "monitor ne prikazuje slike", "nem működik a monitor"]),
    ("software", "covered", 90, ["software needs putting on my machine", "could a program be put on my pc", "software needed on work pc",
        "install application on my pc", "request to install new software"]),
    ("shared-folder", "covered", 90, ["shared drive not accessible", "share folder throws 'no access'", "my T: mapping vanished",
        "need access to the lab share", "S: drive gone"]),
    ("phishing", "covered", 50, ["suspicious email asking to log in", "looks like a phish to me", "bogus bill emailed from 'supplier'",
        "email asking to buy vouchers", "phishing pretending to be the director"]),
    ("mfa", "covered", 90, ["2FA prompt not arriving", "new phone, need authenticator moved", "sms code not received",
        "set up two factor on new mobile", "{app} 2FA push missing", "ez zait iristen egiaztapen kodea",
        "ne dobim kode za preverjanje", "nem jön meg az ellenőrző kód", "{app} asks for authenticator I don't have"]),
    ("password-expired", "covered", 45, ["pwd lapsed", "pwd expired cannot logon", "logon screen: your password has lapsed",
        "pasahitza iraungi da", "geslo je poteklo", "{app} tells me the password has lapsed"]),
    ("onedrive", "covered", 40, ["onedrive stopped syncing my docs", "OneDrive cloud icon spinning for days", "onedrive files stuck uploading"]),
    ("teams-audio", "covered", 50, ["no audio in teams meeting", "voice not getting through on teams", "teams sees no microphone on my headset",
        "teams headset no sound"]),
    ("bitlocker", "covered", 30, ["bitlocker wants the 48 digit key", "bitlocker key needed at startup", "blue bitlocker prompt at power on"]),
    ("laptop-power", "covered", 50, ["laptop won't turn on", "notebook stuck at 0% charge", "notebook totally lifeless",
        "ordenagailu eramangarria ez da pizten", "prenosnik se ne prižge"]),
    ("badge", "covered", 40, ["access card not working on door", "badge not opening bond store", "swipe card rejected"]),
    ("restore", "covered", 35, ["bring back a file I deleted", "whole harvest folder binned by mistake", "need older version of spreadsheet"]),
    ("acrobat", "covered", 40, ["pdf won't open", "adobe reader crashes", "pdf attachments refuse to open"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("tank-monitoring", "gap", 100, ["tank {line} temperature not updating in Tankwise", "fermenter probe reads minus 40",
        "TANKWISE GRAPH FLAT SINCE MIDNIGHT", "cooling jacket valve on tank {line} not responding",
        "tank temps missing on cellar screen", "pump-over schedule lost on fermenters", "tank level probe stuck"]),
    ("weighbridge-intake", "gap", 90, ["weighbridge weight not reaching Scalehouse", "grape intake docket wrong tonnage",
        "truck tare weight missing at intake", "SCALEHOUSE NOT SAVING LOADS", "intake yard scale reading frozen"]),
    ("barrel-tracking", "gap", 80, ["barrel barcode won't scan in Barrique", "barrel map shows empty racks",
        "topping-up log not saving", "barrel tag scanner says unknown barrel", "cooperage barrel history missing"]),
    ("bottling-lot-codes", "gap", 70, ["lot code printer on bottling line skipping", "wrong lot number on case labels",
        "Lotmark not sending codes to the line", "bottling run lot codes duplicated", "best-before date missing on cases"]),
    ("excise-bond", "gap", 65, ["Bondbook duty return totals wrong", "bond store stock not matching",
        "excise movement document rejected", "bonded warehouse dispatch won't post", "duty-paid transfer stuck in Bondbook"]),
    ("picker-tallies", "gap", 60, ["Cuadrilla empty after logging on", "picker crate tally not syncing from the row",
        "harvest crew bin counts missing", "picker tally handheld lost yesterday's rows", "piece rate totals wrong for crew"]),
    ("irrigation-valves", "gap", 55, ["Riegonet valve schedule didn't run", "drip irrigation block {line} stayed on all night",
        "soil moisture probes offline in the vineyard", "irrigation controller not taking new plan", "vineyard valves ignore rain stop"]),
    ("tasting-bookings", "gap", 45, ["Catabook shows no tasting slots", "tasting room bookings vanished after logging on",
        "wine club pickup list blank", "tasting calendar double booked", "cellar door booking page not taking deposits"]),
]

VAGUE = ["Problem", "Help", "Tank", "Lot", "Barrel", "Scale", "Booking", "Crew", "Question", "Login", "Printer?",
         "Harvest", "Cellar"]

ONEOFF_OBJECTS = ["hose reel", "telehandler battery", "pallet wrapper", "corking machine", "capsule spinner",
    "lab sample chiller", "refractometer", "pH meter", "lab balance", "glass washer", "spittoon", "tasting table light",
    "wine fridge", "ice bucket", "cash drawer", "card reader", "receipt printer roll", "label roll holder",
    "tractor radio", "quad bike", "secateurs charger", "crate washer", "bin tipper", "destemmer panel",
    "press door seal", "cellar drain", "barrel washer", "bung box", "stave saw", "toasting burner",
    "keyboard", "mouse", "headset", "webcam", "USB stick", "memory card", "work mobile", "SIM card", "charging cable",
    "tablet case", "desk phone", "swivel chair", "monitor stand", "kettle", "drinking tap", "fan heater",
    "eyewash station", "hi-vis vest", "hard hat", "gate remote", "yard floodlight", "staff car park arm",
    "visitor log tablet", "brochure stand", "gift shop shelf", "wine rack", "lanyard", "guest sticker printer",
    "boardroom display", "whiteboard", "stepladder"]
ONEOFF_COMPLAINTS = ["broken", "not working", "query re", "missing", "needs replacement", "error", "won't start",
    "request", "issue", "old", "configured wrong", "slow", "cuts out", "can't find", "how to use",
    "need access", "lost", "won't save settings", "faulty", "set up for me", "swap please", "outdated",
    "stuck", "wrong", "leaking", "beeping", "loose", "cracked", "noisy"]
ONEOFF_FREE = [
    "who updates the gift shop price list", "can the tasting notes sheet be bilingual", "need a power strip in the press house",
    "which form for a new work mobile", "receipts printing very faint", "when are first aid boxes restocked",
    "report a lost quad bike key", "move my phone extension to the lab", "rugged case for the intake tablet",
    "yard floodlight timer wrong", "who edits the member newsletter", "order more visitor lanyards",
    "harvest casuals need email accounts", "card reader in the shop declines phones", "fan heater in bottling smells",
    "meeting room screen remote missing",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.04, "RE: "), (0.06, "FW: "), (0.08, "ERANTZ: "), (0.10, "[EXTERNAL] "), (0.13, "{plant} - "),
                  (0.15, "{person} / "), (0.17, "HMK{id7}: "), (0.19, "Vat {line} >> ")]
NOISE_SUFFIXES = [(0.05, " - {person}"), (0.07, " [{netid}]"), (0.09, " ext {ext}"), (0.12, " ({bldg})"),
                  (0.15, " @ {plant}"), (0.17, " row {line}"), (0.19, " HMK{id7}"), (0.21, " thanks"),
                  (0.22, " ??"), (0.24, " (sent from phone)"), (0.26, " (asked by {first} {last})"),
                  (0.28, " - eskerrik asko {first}")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "the code they read out was {otp}",
    "text message had {otp_spaced}",
    "checked identity with {otp}",
    "set temporary {password} for now",
    "initial pwd {password} given",
    "insists it was {password}",
    "temp p/w {password}",
    "Eskerrik asko\n{first} {last}\nCellar Supervisor, {dept}",
    "{USERID} is stuck locked",
    "free up {USERID} pls",
    "{USERID} finished harvest, disable",
    "{first} {last} as {USERID} sat at {ws2}",
    "personal addy {email_obf}",
    "get back to me on {email}",
    "phone back on {phone_nat}",
    "cell {phone_intl}",
    "forward parcel to {address_x}",
    "home is {address_eu}",
    "post out to {address_us}",
    "for the attention of Mr/Ms {LAST}",
    "approved by {last}",
    "copy {first} {last}",
    "{first_plain} over in {dept} saw it first",
    "wages ref {id7}",
    "member no {id_alnum}",
    "card {id7} not opening gate",
    "the shop took {card}",
    "pc {ws2} mac {mac2}",
    "odd connections out of {ip}",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Statement from Harkaitz Mahastiak Kooperatiba.", "Harkaitz Mahastiak Kooperatiba"),
    ("building", "Meet at the Upategi Hall.", "Upategi Hall"),
    ("place", "Corks arrived from Porto.", "Porto"),
    ("product", "The Vinzer 300 press is back.", "Vinzer 300"),
    ("team", "Assigned to Team Cuvée.", "Team Cuvée"),
    ("category", "Category: Cellar, Bottling, Retail", "Bottling, Retail"),
    ("version", "Controller firmware 7.3.19.204 applied.", "7.3.19.204"),
    ("error_code", "Panel shows TNK-E552.", "TNK-E552"),
    ("server_name", "Logs on HGB-WMS-03.", "HGB-WMS-03"),
    ("role_email", "Copy cellar.office@harkaitz-mahastiak.example.org in.", "cellar.office@harkaitz-mahastiak.example.org"),
    ("asset_tag", "Asset HLZ-TNK-007731 calibrated.", "HLZ-TNK-007731"),
    ("ticket_ref", "See CHG0071534.", "CHG0071534"),
    ("place", "Staves shipped from Maribor.", "Maribor"),
    ("product", "Two Presslux 80 units ordered.", "Presslux 80"),
    ("place", "Bottles came from Debrecen.", "Debrecen"),
]

PHONES_INTL = ["+34 945 60 12 37", "+386 5 330 12 48", "+36 47 555 018", "+356 2155 0193", "+995 32 255 0147",
               "+34 988 55 10 26", "+386 41 555 273", "+36 30 555 0192", "+356 7955 0184", "+995 555 12 34 08"]
PHONES_NATIONAL = ["945 60 12 37", "05 330 12 48", "06 47 555 018", "2155 0193", "032 255 0147", "(988) 551 026"]
ADDRESSES_EU = ["Kale Nagusia 21, 01300 Laguardia", "Trubarjeva cesta 12, 5000 Nova Gorica",
                "Rákóczi utca 7, 3909 Mád", "Triq il-Kbira 44, Mġarr MGR 1012", "Rúa do Viño 9, 32400 Ribadavia",
                "Foruen kalea 3, 2. eskuina, 01010 Vitoria-Gasteiz"]
ADDRESSES_US = ["1408 Vine Terrace Ct, Napa, CA 94558", "77 Cellar Rock Rd Unit 2, Walla Walla, WA 99362",
                "PO Box 4412, Paso Robles, CA 93447", "915 Old Press Ln Ste 6, Healdsburg, CA 95448"]
ADDRESSES_OTHER = ["Chavchavadze Ave 37, Tbilisi 0179", "Rustaveli St 12, Telavi", "Flat 3, Block B, Triq San Pawl, Naxxar",
                   "Kossuth tér 2, Tokaj", "Ulica heroja Šaranoviča 5, Nova Gorica", "Barrio San Juan 14, Elciego"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Kaixo,", "Pozdravljeni,", "Jó napot,", "Bongu,", "Gamarjoba,", "Morning service point,", "Hi {first},"]
RICH_SIGNOFFS = ["Mila esker\n{first}", "Regards,\n{first} {last} ({dept})", "ta, {first}",
                 "Hvala\n{first} {last}", "--\n{first} {last} | Cellar Supervisor | {phone_intl}",
                 "Köszönöm\n{FIRST} {LAST}"]
RICH_COMMENTS = ["Called the cellar office, no answer.", "Jumped on via remote control.", "Harvest-critical, raised to P1.",
                 "Awaiting winemaker approval.", "Case opened with the supplier's desk.", "Rang the intake yard radio.",
                 "Handed over to the server crew.", "Left word on the answerphone.", "Caller out in the vineyard, will ring back.",
                 "Spoke to the maintenance lead."]
RICH_GENERIC_NOTES = ["Walked them through it.", "No reply from caller, closing.", "Resolved.", "User confirmed working.",
                      "Nothing further, closed.", "Back in action."]
RICH_ONEOFF_BODIES = ["Can someone look at the {thing}? It has misbehaved since harvest started.",
                      "Whose patch is the {thing} on?",
                      "The {thing} by the intake yard needs fixing.",
                      "Please sort the {thing} before the tour groups arrive."]

RICH_TOPICS = [
    ("wifi", "covered", 370,
     ["wifi dropping in barrel hall", "no wifi for staff", "wifi won't connect"],
     ["The wifi in the barrel hall drops every couple of minutes.",
      "The tasting room tablet sees other networks but not the staff one.",
      "Wifi shows connected but nothing loads."],
     ["Removed and re-joined the network.", "Access point in the hall restarted by the network team.",
      "New wlan driver pushed; holding since."]),
    ("printer", "covered", 230,
     ["printer showing as not available", "printer accepts jobs but prints nothing", "printing queue jammed up"],
     ["The bond store printer shows offline and prints nothing.",
      "Queued pages sit flagged red and never leave.", "Nobody in the cellar office can print."],
     ["Cleared stuck jobs and restarted the spooler.", "Unplugged the printer for a minute.", "Dropped the queue from the pc and added it fresh."]),
    ("lockout", "covered", 150,
     ["account locked after wrong tries", "windows has locked me out", "barred from my acct yet again"],
     ["After two wrong attempts my account is locked.",
      "Every morning after harvest shift I am locked out.",
      "The Windows logon box says my acct is now barred."],
     ["Unlocked; the stale pwd sat in the mobile mail profile, cleared it.", "Lockout cleared; user signed in."]),
    ("tank-monitoring", "gap", 150,
     ["tank temps not updating", "fermenter graph flat", "cooling valve not responding"],
     ["Tank 12 temperature has not updated in Tankwise since midnight.",
      "The fermenter graphs on the cellar screen are flat lines.",
      "The cooling jacket valve on tank 7 ignores the setpoint."],
     ["Probe gateway restarted and readings back.", "Telemetry service reconnected to the PLC.",
      "Valve actuator reset by maintenance."]),
    ("weighbridge-intake", "gap", 120,
     ["weighbridge not saving", "wrong tonnage on docket", "tare weight missing"],
     ["The weighbridge reading does not reach Scalehouse for the morning loads.",
      "Grower dockets show the wrong tonnage since yesterday.",
      "Truck tare weights are missing at the intake yard."],
     ["Scale indicator re-linked.", "Weigh sync service restarted.", "Load cell cable replaced."]),
    ("barrel-tracking", "gap", 90,
     ["barrel barcodes not scanning", "barrel map empty", "topping log not saving"],
     ["Barrel barcodes in hall B don't scan in Barrique.",
      "The barrel map shows empty racks although they are full.",
      "Topping-up entries from this morning are missing."],
     ["Scanner re-paired.", "Barrel database index rebuilt.", "Vendor fixed the sync endpoint."]),
    ("vpn", "covered", 110,
     ["vpn won't connect", "VPN falls over hourly"],
     ["From home the VPN never connects.", "The VPN connects and drops straight away."],
     ["Gateway field had a typo; tunnel holds now.", "Tunnel client wiped and reloaded."]),
    ("mailbox-full", "covered", 80,
     ["mail store bursting", "mail quota blown"],
     ["Outlook won't send and says I am over quota.", "A message says my mailbox is nearly full."],
     ["Archived old mail online.", "Helped the user clear the mailbox."]),
    ("shared-folder", "covered", 75,
     ["shared drive gone missing off my pc", "no permission on folder"],
     ["The lab drive has disappeared from my computer.", "Access denied on the bottling folder."],
     ["Letter re-pointed at the share.", "Share owner ticked the user in."]),
    ("teams-audio", "covered", 60,
     ["dead air on every Teams call", "Teams mic not found"],
     ["In Teams calls nobody can hear me.", "Teams ignores the headset and uses the laptop speakers."],
     ["Headset set as Teams audio device.", "Sound driver swapped for the vendor build."]),
    ("restore", "covered", 40,
     ["undelete my file", "need yesterday's copy back"],
     ["I deleted the harvest schedule from the shared drive, can it be restored?",
      "I saved over the lab results sheet, is there an older copy?"],
     ["Rewound the file to its earlier save.", "Pulled it off the overnight tape set."]),
]
