"""TWENTY-FIRST HELD-OUT phrasing bank (v21): FROZEN. Written by a separate helper who never read
kbgen's rule code, before round 21's tuning; the tuners never see it; its aggregate figures are
looked at once, after the round's merge.

A fictional forestry and sawmill group ("Hollowfen-Rautio Forest Products": harvesters and forwarders
in the forest sending production files, timber trucks, log yards with log scanners, sawlines with a
cutting optimiser, drying kilns, a pellet plant with silos, a tree nursery with irrigated greenhouses,
GIS stand maps for felling plans and a forest owners' portal for timber deals and payments, at sites in
Finnish Lapland, Inari, Värmland, Pärnumaa, Podlasie, South Bohemia, Brașov, Mato Grosso do Sul, the
Biobío and Central Kalimantan) instead of any sector an earlier bank used. Its own systems (the
harvester link "HarvLink", the kiln console "KilnMaster", the log scanner "LogScan", the GIS "StandMap",
the owners' portal "WoodDeal", the sawline optimiser "CutPlan", the pellet plant screen "PelletView",
the nursery system "SeedTray", truck dispatch "TruckLoad", the crews' time app "CrewClock"), staff
numbers written "HRF" plus digits, "FO-" plus digits (forest owners) and "EW/" plus digits; the closure
habits of one more desk in its own words and languages (Finnish, Swedish, Northern Sámi, Estonian,
Polish, Czech, Romanian, Brazilian Portuguese, Chilean Spanish, Indonesian, English: "ratkaistu",
"löst", "čoavdun", "lahendatud", "załatwione", "vyřešeno", "rezolvat", "finalizado", "listo po",
"beres", "closed - user sorted it himself", "forest question, sent to the district forester"),
subjects that carry a caller's name alone ("{LAST}", "{first} soitti", "{FIRST}??", "zadzwonić do
{first}", "{last} {first} ringde") and names in prefixes, suffixes and the middle of subjects in every
case, trial tickets of other shapes, machine mail from monitoring tools earlier banks did not use
(Pingdom, WhatsUp Gold, Centreon, Observium, Better Stack, Splunk, Azure Monitor, CloudWatch, Wazuh,
Veeam ONE, Xymon, Cacti, LogicMonitor, Auvik, NinjaOne, and the kiln, pellet and harvester
controllers), out-of-office replies in the bank's languages, printer status of other shapes, form
templates (forest owner registration, felling notice, truck slot booking, kiln batch start, seedling
order, a new harvester operator with a name), generic password, lockout, MFA and expiry requests
mostly written without the words password, account or login ("cannot get in", "it keeps rejecting
me", "locked after three tries", misspelt, in every language of the bank, with the in-house
application names), covered device and network topics written the same way, and eight gap topics
whose words the evaluation KB lacks or uses in another sense (a "file" is a harvester's production
file, a "map" is a stand map, a "schedule" is a kiln's, a "scan" is a log's, a "contract" is a timber
deal, a "plan" is a cutting pattern, a "silo" holds pellets, an "order" is for seedlings; some gap
subjects mention an account or a sign-in although the problem is not signing in). Everything is
invented for kbgen.

Also a description-bearing export (``RICH_TOPICS``) with three gap topics. Slots as in
``heldout2.py``; ``{plant}`` is a site, ``{line}`` a harvester, kiln, sawline or silo number.
"""

ORG = "Hollowfen-Rautio Forest Products"
DOMAIN = "hollowfen-rautio.example.com"
START = "2036-03-02"
DAYS = 38
OUTLIER_DATES = ("1979-01-01 00:00:01", "2099-12-31 23:59:59", "2004-04-04 04:04:04", "1993-09-09 09:09:09",
                 "2070-01-01 00:00:00", "2015-05-05 05:05:05")
TOTAL = 10_000
RICH_TOTAL = 5_000

FIRST_NAMES = """Aatu Veikko Sanni Iida-Maria Eero Ánde Máret Biret Niillas Elle Sixten Ingegerd Hampus Maj-Britt Tove
Rasmus Merike Tõnis Kaja Priit Helje Wojciech Grażyna Przemysław Bożena Jarosław Vojtěch Kateřina Bořivoj Zdenka
Přemysl Ionuț Mădălina Ștefan Viorica Dorin Jucélia Valdecir Rosimeire Claudionor Edvânia Tránsito Yerko Marisol
Bastián Javiera Nurhayati Sutrisno Ratih Bambang Yohanes Darcy Kieran""".split()
LAST_NAMES = """Kärkkäinen Heikkilä Väisänen Rautiainen Sara Gaup Somby Eira Magga Nordqvist Ljungberg Åkesson
Lindahl Tamm Saar Kask Põder Mägi Wiśniewski Zieliński Grabowska Kowalczyk Chmielewska Dvořák Procházková Kučera
Šimek Nováková Popescu Dumitrescu Ionescu-Stan Munteanu Căpraru Nascimento Figueira Souza Vilela Teixeira Cárcamo
Fuentealba Manríquez Huenchumilla Sepúlveda Hidayat Saragih Purba Simanjuntak Nugroho Fairweather Oduya""".split()
LAST_NAMES += ["de Souza", "da Silva Prado", "von Essen", "Mac Giolla"]

APPS = ["HarvLink", "KilnMaster", "LogScan", "StandMap", "WoodDeal", "CutPlan", "PelletView", "SeedTray", "TruckLoad",
        "CrewClock"]
DEPTS = ["Harvesting", "Log Yard", "Sawmill", "Drying", "Pellet Plant", "Nursery", "Wood Procurement",
         "Forest Planning", "Transport", "Finance"]
BUILDINGS = ["Log Yard Cabin", "Saw Hall", "Kiln House", "Pellet Tower", "Greenhouse 3", "District Office",
             "Workshop", "Main Office"]
PLANTS = ["Rovaniemi sawmill", "Inari nursery", "Karlstad sawmill", "Pärnu pellet plant", "Hajnówka sawmill",
          "Vimperk sawmill", "Brașov log yard", "Três Lagoas depot", "Los Ángeles sawmill", "Pangkalan Bun depot"]
PLANT_CODES = ["RVN", "INR", "KSD", "PRN", "HAJ", "VMP", "BRV", "TLG", "LAN", "PKN"]
ID_PREFIXES = ["HRF", "FO-", "EW/"]
SENDERS = ["pingdom", "whatsup", "centreon", "observium", "betterstack", "splunk", "kilnmaster"]
HOST_PARTS = ["rvn-saw", "inr-gh", "ksd-kiln", "prn-plt", "haj-yard", "vmp-fs", "brv-ap", "tlg-gw", "lan-sw", "pkn-pos"]
SERVICES = ["HarvFileReceiver", "KilnBridge", "ScanIngest", "StandTiles", "DealSync", "OptimiserQueue"]
JOBS = ["NIGHT_HARVEST_IMPORT", "OWNER_PAYMENT_RUN", "KILN_REPORT_0600", "STAND_TILE_REBUILD", "SCAN_VOLUME_EXPORT",
        "SEEDLING_STOCK_SYNC"]
PRINTER_MODELS = ["Kyocera TASKalfa 3554ci", "Sharp BP-70C31", "Lexmark CX943", "Brother MFC-L9670CDN",
                  "HP Color LaserJet Enterprise Flow MFP 6800"]

# ----------------------------------------------------------------------------- non-problems

PLACEHOLDERS = ["closed - user sorted it himself", "forest question, sent to the district forester",
                "not IT: timber price enquiry", "ratkaistu", "ks. edellinen", "löst", "se föregående", "čoavdun",
                "seammá go ovdal", "lahendatud", "vt eelmist", "załatwione", "jak wyżej", "vyřešeno", "viz výše",
                "rezolvat", "idem mai sus", "finalizado", "igual ao anterior", "listo po", "lo mismo de antes",
                "beres", "sama dengan sebelumnya", "(ei aihetta)", "(inget ämne)", "(ii fáddá)", "(teemata)",
                "(brak tematu)", "(bez předmětu)", "(fără subiect)", "(sem título)", "(sin asunto)", "(tanpa subjek)",
                "-", "...", "xx", "ok", "{LAST}", "{first} soitti", "{FIRST}??", "zadzwonić do {first}",
                "{last} {first} ringde", "callback {person}", "{first} from the log yard", "{LAST} / callback",
                "for {FIRST} {LAST}", "{last}, {first}", "{first} {LAST} - pls ring", "pedido do {first}",
                "forest owner asked about the stumpage price, passed on", "driver asked for the gate code, given",
                "belongs to facilities, not us", "kiitos", "tack så mycket", "giitu", "aitäh", "dziękuję",
                "děkuji", "mulțumesc", "valeu!", "gracias po", "terima kasih"]
TESTS = ["testi {num}", "test test {num}{num}", "provärende {num}", "geahččaleapmi", "proov {num}", "test proszę usunąć",
         "zkouška {num}", "test vă rog ștergeți", "teste {num}{num}", "prueba {num}", "uji coba {num}",
         "checking the intake mailbox - ignore", "form check, delete me", "TEST TEST DO NOT ACTION", "routing probe {num}"]
ALERTS = [
    "Pingdom: {svc} is DOWN",
    "Pingdom: {svc} is UP (was down for {num} minutes)",
    "WhatsUp Gold: {host} state change to Down",
    "WhatsUp Gold: Interface {num} on {host} utilization critical",
    "Centreon: ** PROBLEM Service Alert: {host}/Disk-/var is CRITICAL **",
    "Centreon: ** RECOVERY Host Alert: {host} is UP **",
    "[Observium] ALERT: {host} - Port down: Gi1/0/{num}",
    "[Better Stack] New incident: {svc} not responding",
    "Splunk Alert: failed_logons_over_threshold triggered",
    "Azure Monitor alert 'vm-cpu-high' fired for {host}",
    "AWS Notification - ALARM: \"{svc}-5xx\" in EU (Stockholm)",
    "Wazuh alert level {num}{num}: multiple authentication failures on {host}",
    "Veeam ONE: Backup job '{job}' finished with Failed",
    "Xymon [{num}{num}{num}{num}] {host}:disk red",
    "Cacti: {host} - Traffic exceeded threshold",
    "LogicMonitor: {host} Ping Loss Critical",
    "Auvik: Device {host} went offline",
    "NinjaOne: Condition triggered on {host} - CPU > {pct}%",
    "[KilnMaster] Kiln {line} at {plant}: wet-bulb sensor out of range",
    "[KilnMaster] Kiln {line} schedule stopped at step {num}",
    "[PelletView] Silo {line} level {pct}% - high",
    "[PelletView] Press {line} tripped, motor temp {pct}.{num} C",
    "[HarvLink] No production file from harvester {line} for {num}h",
    "Job {job} completed with warnings",
    "Certificate {host}.{domain} expires in {num} days",
    "Automaattinen vastaus: lomalla {date} asti",
    "Frånvaromeddelande: ledig till {date}",
    "Automáhtalaš vástádus: luomus {date} rádjái",
    "Automaatvastus: puhkusel kuni {date}",
    "Odpowiedź automatyczna: nieobecny do {date}",
    "Automatická odpověď: mimo kancelář do {date}",
    "Răspuns automat: în concediu până la {date}",
    "Resposta automática: fora do escritório até {date}",
    "Respuesta automática: fuera de la oficina hasta el {date}",
    "Balasan otomatis: cuti sampai {date}",
]
PRINTER_STATUS = [
    "{printer}: fuser unit near end of life",
    "[{model}] waste toner box full",
    "{model} in {bldg}: yellow toner {pct}% used",
    "Scanned document from {printer} at {time}",
    "{printer}: cassette {num} empty",
    "Counter report {model} serial {serial}",
    "{printer} cover open",
]

# ----------------------------------------------------------------------------- form-generated subjects

FORMS = [
    ("form-owner-registration", "form", "Forest owner registration {id7} | {plant} | from {date}"),
    ("form-felling-notice", "form", "Felling notice FN-{id7} stand {line} - start {date}"),
    ("form-truck-slot", "form", "Truck slot booking: {plant} / {date} / truck {line}"),
    ("form-kiln-batch", "form", "Kiln batch start :: kiln {line} :: {plant} :: {date}"),
    ("form-seedling-order", "form", "Seedling order ({date}) ref SO{id7}"),
    ("form-new-operator", "form", "New harvester operator - {FIRST} {LAST} - {dept} - from {date}"),
    ("form-new-starter-it", "covered", "IT equipment for new employee {person}, {dept}, start {date}, HRF{id7}"),
]

# ----------------------------------------------------------------------------- real problems

PASSWORD_GENERIC = ["cannot get in", "it keeps rejecting me", "what I type at the start screen is wrong now",
                    "forgot my secret word again", "the word to get in is gone from my head", "cant get in forgot it",
                    "pasword forgotten", "paswrod reset plz", "need a new pass, old one dead",
                    "what do I put in to open the computer", "new operator - no idea what to type at the start",
                    "typing it right and still no", "please let me back in, I forgot it",
                    "en pääse sisään", "salasana unohtui", "kommer inte in", "glömt lösenordet", "in beasa sisa",
                    "vajálduvvan beassansátni", "ei saa sisse", "parool ununes", "nie mogę się dostać",
                    "zapomniałem hasła", "nemůžu se dostat dovnitř", "zapomněl jsem heslo", "nu pot intra",
                    "am uitat parola", "não consigo entrar no pc", "esqueci minha senha", "no puedo entrar po",
                    "se me olvidó la clave", "tidak bisa masuk", "lupa kata sandi",
                    "not blocked, just can't remember what I chose", "reset the thing I type in the morning please"]
APP_PASSWORD = ["{app} keeps rejecting me", "can't get into {app}", "{app} says no to my code word",
                "{APP} WONT LET ME IN", "{app} has forgotten who I am", "{app} wants a code that never arrives",
                "{app} says mine is too old, must change", "{app} - new operator can't get in", "reset my {app} pass",
                "{app} on the harvester cab PC refuses me", "{app} pin forgotten", "{app} ei päästä sisään",
                "{app} släpper inte in mig", "{app} ii divtte mu sisa", "{app} ei lase sisse", "{app} nie wpuszcza",
                "{app} mě nepustí", "{app} nu mă lasă să intru", "{app} não me deixa entrar",
                "{app} no me deja entrar po", "{app} tidak bisa dibuka, ditolak terus"]
LOCKOUT = ["locked after three tries", "shut out after too many goes", "it says I'm blocked now",
           "blocked at the log yard at 5am", "too many wrong tries - frozen", "won't let me try again",
           "unblock me please, the truck is waiting", "HRF{id7} blocked", "BLOCKED!!", "windows says locked",
           "locked every morning since the cab PC kept the old one", "lukittu kolmen yrityksen jälkeen",
           "spärrad efter tre försök", "lohkkaduvvon golmma geahččaleami maŋŋil", "lukus pärast kolme katset",
           "zablokowane po trzech próbach", "zablokováno po třech pokusech", "blocat după trei încercări",
           "bloqueado depois de três tentativas no pc", "bloqueado después de tres intentos po",
           "terkunci setelah tiga kali coba", "lokcd out", "blokced again", "locks me out each time I swap machines"]

TOPICS = [
    # covered by the evaluation KB (devices and network written in other words and languages too)
    ("printing", "covered", 130, ["saw hall printer prints nothing", "printer offline in the district office",
        "jobs stuck in the print queue", "printer error {num}{num} on the display", "PRINTER NOT WORKING",
        "tulostin ei tulosta", "skrivaren skriver inte ut", "drukarka nie drukuje", "tiskárna netiskne",
        "imprimanta nu printează"]),
    ("wifi", "covered", 120, ["no wifi in the log yard cabin", "wireless gone in the saw hall",
        "laptop won't connect to the staff wifi", "wifi drops every few minutes", "wlan ei toimi",
        "wifi fungerar inte", "wifi nie działa", "wifi nefunguje", "wifi não conecta", "wifi tidak bisa"]),
    ("vpn", "covered", 95, ["vpn won't connect from the cabin", "vpn stuck connecting", "vpn drops every hour",
        "vpn error {num}{num}{num}", "VPN ei yhdistä", "VPN nu se conectează"]),
    ("outlook", "covered", 95, ["outlook won't open", "outlook stuck on loading profile", "outlook crashes at start",
        "outlook frozen", "Outlook ei aukea", "Outlook się nie otwiera"]),
    ("mailbox-full", "covered", 45, ["mailbox full can't send", "mail over quota", "inbox is over the limit",
        "postilaatikko täynnä"]),
    ("slow-pc", "covered", 100, ["computer painfully slow", "laptop takes forever to boot", "pc freezes all day",
        "office pc crawling", "kone todella hidas", "datorn är jättelångsam", "computador muito lento"]),
    ("monitor", "covered", 70, ["second monitor no signal", "dock doesn't see my screen", "screen flickers on the dock",
        "external monitor stays black", "toinen näyttö pimeänä", "monitor bez sygnału"]),
    ("software", "covered", 85, ["need a program installed", "install software for forest planning",
        "please put an application on my laptop", "software request for procurement", "can you add a tool to my pc"]),
    ("shared-folder", "covered", 85, ["no access to the shared drive", "shared folder access denied",
        "network drive disappeared", "need access to the procurement share", "my S: drive is gone"]),
    ("phishing", "covered", 50, ["suspicious mail with a link", "is this mail real?", "fake timber invoice in my inbox",
        "mail asking me to buy gift cards for the CEO", "phishing pretending to be IT"]),
    ("mfa", "covered", 90, ["authenticator approvals don't arrive", "text code never comes", "new phone, authenticator",
        "verification code not arriving", "{app} keeps asking for a code", "vahvistuskoodi ei tule",
        "verifieringskoden kommer inte", "kod weryfikacyjny nie przychodzi", "o código não chega", "el código no llega"]),
    ("password-expired", "covered", 45, ["it says mine has expired", "told I must change it today",
        "expired, can't get in", "vanhentunut, pitää vaihtaa", "expirat, nu pot intra", "{app} says mine expired"]),
    ("onedrive", "covered", 40, ["onedrive not syncing", "onedrive stuck processing changes", "onedrive red crosses on files"]),
    ("teams-audio", "covered", 50, ["no sound in teams", "nobody hears me in teams", "teams mic dead",
        "teams ignores my headset"]),
    ("bitlocker", "covered", 30, ["bitlocker recovery key needed", "laptop wants a recovery key", "recovery key screen at boot"]),
    ("laptop-power", "covered", 50, ["laptop won't switch on", "laptop not charging", "laptop completely dead",
        "läppäri ei käynnisty", "notebook nezapne"]),
    ("badge", "covered", 40, ["badge won't open the door", "card refused at the saw hall door", "reader ignores my badge"]),
    ("restore", "covered", 35, ["restore a deleted file please", "deleted the truck plan by mistake",
        "need yesterday's version of a spreadsheet"]),
    ("keyboard-mouse", "covered", 40, ["keyboard not typing", "wireless mouse dead", "keyboard types wrong letters"]),
    ("desk-phone", "covered", 30, ["desk phone no dial tone", "phone stuck on registering", "log yard cabin phone dead"]),
    # gaps: the evaluation KB has nothing on these (some share words with articles about other things)
    ("harvester-files", "gap", 100, ["HarvLink not receiving production files from harvester {line}",
        "harvester {line} files missing since Friday", "HARVLINK NO FILES HARVESTER {line}",
        "cut volumes from the forest not showing", "harvester data stuck in the cab after I signed in",
        "HarvLink shows last week's stems", "tiedostot eivät tule motolta"]),
    ("kiln-schedule", "gap", 90, ["KilnMaster lost the drying schedule for kiln {line}", "kiln moisture readings frozen",
        "KILN {line} SCHEDULE STOPPED", "drying schedule won't load", "KilnMaster screen logged in but no kilns listed"]),
    ("log-scanning", "gap", 85, ["LogScan measuring wrong diameters", "log scanner volumes missing for this week",
        "log grades all showing as pulp", "LogScan shows 0.00 m3", "scanner at the intake misses every third log"]),
    ("stand-maps", "gap", 75, ["StandMap won't show the stand boundaries", "felling plan map layers gone",
        "offline maps not on the harvester tablet", "StandMap tiles blank for compartment {line}",
        "map shows old felling areas after signing in"]),
    ("owner-contracts", "gap", 65, ["WoodDeal contract shows wrong price per m3", "timber deal missing for a forest owner",
        "forest owners can't see their payments after signing in", "WoodDeal deductions doubled",
        "contract PDF blank in WoodDeal"]),
    ("saw-optimiser", "gap", 60, ["CutPlan cutting patterns wrong for sawline {line}", "optimiser picks the wrong plan",
        "CutPlan won't send the pattern to the saw", "sawline {line} yield dropped after the CutPlan update",
        "CutPlan operator signed in fine but no patterns"]),
    ("pellet-silos", "gap", 55, ["PelletView silo levels not updating", "pellet silo {line} shows empty but it's full",
        "PelletView no press data", "silo alarm every night in PelletView", "PelletView export empty"]),
    ("seedling-orders", "gap", 45, ["SeedTray orders not reaching the nursery", "seedling order quantities doubled",
        "SeedTray shows no stock of spruce", "nursery irrigation schedule missing in SeedTray",
        "SeedTray login ok but orders list empty"]),
]

VAGUE = ["Problem", "Help", "Harvester", "Kiln", "Saw", "Screen", "Truck", "Question", "Sign-in", "Printer",
         "URGENT", "Forest", "Nursery"]

ONEOFF_OBJECTS = ["chainsaw", "chain oil", "helmet", "ear defenders", "hi-vis jacket", "log tongs", "measuring tape",
    "caliper", "spray paint", "marking crayon", "bark beetle trap", "fuel can", "forwarder crane", "snow chains",
    "tyre gauge", "log loader", "yard sprinkler", "saw blade", "sharpening station", "sawdust extractor",
    "moisture meter", "kiln door", "fan motor", "pellet bag", "big bag", "conveyor belt", "scale at the gate",
    "greenhouse heater", "seed trays", "watering hose", "planting tube", "first aid kit", "eye wash", "fire extinguisher",
    "coffee machine", "kettle", "microwave", "canteen fridge", "water dispenser", "vending machine", "crew bus",
    "snowmobile", "gate remote", "stool", "keyboard", "mouse", "headset", "webcam", "usb stick", "mobile phone",
    "sim card", "charger", "desk phone", "chair", "monitor arm", "desk lamp", "fan", "notice board", "sauna heater"]
ONEOFF_COMPLAINTS = ["bust", "dead", "how does the", "gone missing", "worn out", "shows an error", "won't turn on",
    "need one more", "problem with", "ancient", "configured wrong", "sluggish", "comes and goes", "nowhere to be found",
    "instructions for the", "want rights to", "left behind somewhere", "keeps resetting", "snapped", "set up please",
    "swap it please", "outdated", "jammed", "not right", "dripping", "rattles", "loose", "loud", "stinks"]
ONEOFF_FREE = [
    "can the canteen screen show the log prices", "extension lead for the forest day stand",
    "how many rugged phones can crews have this winter", "office label printer smudges",
    "where is the loader inspection certificate", "spare key to the fuel store missing",
    "log yard phone should also ring in the workshop", "rugged case for the cab tablet",
    "yard floodlights stay on all day", "crew rota page shows the wrong week",
    "name badges for 25 summer planters", "card terminal in the timber shop refuses contactless",
    "burning smell near the kiln control cabinet", "remote for the canteen TV gone", "leaflets wet from the roof leak",
    "wall map of the district stands",
]

# ----------------------------------------------------------------------------- noise people add to subjects

NOISE_PREFIXES = [(0.03, "VS: "), (0.05, "SV: "), (0.07, "PD: "), (0.08, "Fwd: "), (0.09, "RV: "), (0.11, "Re: "),
                  (0.13, "{plant}: "), (0.15, "{person} / "), (0.16, "{LAST} {FIRST} - "), (0.17, "{first}: "),
                  (0.19, "HRF{id7} "), (0.20, "Kiln {line} - "), (0.21, "KIIREELLINEN: ")]
NOISE_SUFFIXES = [(0.04, " - {person}"), (0.06, " / {first}"), (0.08, " [{netid}]"), (0.10, " tel {ext}"),
                  (0.12, " at {bldg}"), (0.14, " - {plant}"), (0.15, " harvester {line}"), (0.17, " FO-{id7}"),
                  (0.18, " kiitos"), (0.19, " plz"), (0.21, " (sent from the cab)"), (0.23, " for {FIRST} {LAST}"),
                  (0.25, " - tack {first}"), (0.26, " dzięki"), (0.28, " // {LAST}"), (0.29, " {LAST} {first}"),
                  (0.30, " ({first} {last})")]

# ----------------------------------------------------------------------------- personal data probes

PII_PROBES = [
    "(the code he got: {otp})",
    "she read out {otp_spaced}",
    "confirmed with {otp}",
    "temporary one is {password}, change it on first start",
    "he pasted {password} in the chat, deleted",
    "the operator says his is {password}",
    "Väliaikainen salasana {password}",
    "Hälsningar\n{first} {last}\n{dept}",
    "user {USERID} locked again",
    "please unlock {USERID}",
    "{USERID} retired - disable",
    "{first} {last} / user {USERID} / pc {ws2}",
    "private mail {email_obf}",
    "answer to {email}, not the shared box",
    "call {phone_nat} after 4",
    "mobile {phone_intl} (Signal)",
    "please send the tablet to {address_x}",
    "new home address {address_eu}",
    "ship it to {address_us}",
    "attn {LAST}",
    "approved by {last}",
    "cc {first} {last}",
    "{first_plain} in {dept} noticed it",
    "Henkilönumero {id7}",
    "owner id {id_alnum}",
    "badge {id7} refused at the kiln house",
    "timber shop charged {card} twice",
    "{ws2} mac {mac2}",
    "failed sign-ins from {ip} on the owners' portal",
]

# Look-alikes that are not personal data: (kind, text, the text that must stay).
DECOYS = [
    ("firm", "Invoice from Hollowfen-Rautio Forest Products.", "Hollowfen-Rautio Forest Products"),
    ("room", "Meet in the Pine Room.", "Pine Room"),
    ("place", "Logs shipped to Kemi.", "Kemi"),
    ("product", "The Ponsse Scorpion King is back at work.", "Ponsse Scorpion King"),
    ("team", "Assigned to Team Bark.", "Team Bark"),
    ("category", "Category: Sawmill, Drying", "Sawmill, Drying"),
    ("version", "Optimiser 11.2.4087.1 installed.", "11.2.4087.1"),
    ("error_code", "Scanner shows LS-E308.", "LS-E308"),
    ("server_name", "Check logs on VMP-FS-03.", "VMP-FS-03"),
    ("role_email", "Copy procurement@hollowfen-rautio.example.com in.", "procurement@hollowfen-rautio.example.com"),
    ("asset_tag", "Asset HRF-AST-772014 serviced.", "HRF-AST-772014"),
    ("ticket_ref", "Linked to CHG0663418.", "CHG0663418"),
    ("place", "Storm over Sodankylä.", "Sodankylä"),
    ("product", "Two John Deere 1270G harvesters ordered.", "John Deere 1270G"),
    ("place", "Timber from Białowieża.", "Białowieża"),
    ("batch", "Kiln batch KB-36-0311 finished.", "KB-36-0311"),
    ("stand", "Stand 118-4 felling starts Monday.", "118-4"),
]

PHONES_INTL = ["+358 16 342 1187", "+358 40 718 2264", "+358 16 671 408", "+46 54 21 73 40", "+46 70 318 44 27",
               "+372 44 73 219", "+372 5621 4870", "+48 85 682 41 73", "+48 601 447 218", "+420 388 41 27 60",
               "+420 731 284 095", "+40 268 41 73 22", "+40 744 218 307", "+55 67 3521 4408", "+55 67 99184 2730",
               "+56 43 231 4470", "+56 9 8417 3206", "+62 532 21 478", "+62 812 5107 3394", "+44 1854 61 2247"]
PHONES_NATIONAL = ["016 342 1187", "040 718 2264", "054-21 73 40", "070-318 44 27", "447 3219", "5621 4870",
                   "85 682 41 73", "601 447 218", "388 412 760", "731 284 095", "0268 417 322", "0744 218 307",
                   "(67) 3521-4408", "(67) 99184-2730", "(43) 231 4470", "9 8417 3206", "0532-21478", "0812-5107-3394",
                   "01854 612247"]
ADDRESSES_EU = ["Koskikatu 27 B 14, 96100 Rovaniemi", "Inarintie 41, 99870 Inari", "Drottninggatan 12 lgh 1103, 652 25 Karlstad",
                "Rüütli 34-7, 80010 Pärnu", "ul. Lipowa 18 m. 4, 17-200 Hajnówka", "Steinbrenerova 211, 385 01 Vimperk",
                "Str. Republicii nr. 42, ap. 6, 500030 Brașov"]
ADDRESSES_US = ["8814 Forest Service Rd 23, Trout Lake, WA 98650", "PO Box 2207, Libby, MT 59923",
                "36 Mill Pond Rd, Unit 2, Millinocket, ME 04462", "1190 Cedar Ridge Dr, Eureka, CA 95501"]
ADDRESSES_OTHER = ["Rua Elmano Soares 1180, Centro, Três Lagoas - MS, 79600-020",
                   "Pasaje Los Coihues 447, Villa Los Ríos, Los Ángeles, Región del Biobío",
                   "Jl. Pangeran Antasari No. 18, RT 04, Pangkalan Bun 74112",
                   "Avenida Capitão Olinto Mancini 905, apto 31, Três Lagoas", "Parcela 12, Camino a Santa Bárbara km 8, Los Ángeles",
                   "Gg. Melati II No. 7, Kel. Madurejo, Kotawaringin Barat", "Čiellajohka 3, 9520 Guovdageaidnu"]

# ----------------------------------------------------------------------------- description-bearing export

RICH_GREETINGS = ["Moi,", "Hej,", "Buorre beaivi,", "Tere,", "Dzień dobry,", "Dobrý den,", "Bună ziua,", "Bom dia,",
                  "Hola po,", "Selamat pagi,", "Hi {first},", "Morning team,"]
RICH_SIGNOFFS = ["Terveisin\n{first}", "Med vänlig hälsning\n{first} {last}", "Dearvvuođat\n{first}",
                 "Lugupidamisega,\n{first} {last} / {dept}", "Pozdrawiam\n{first}",
                 "--\n{first} {last} · Harvester operator · {phone_intl}", "S pozdravem\n{FIRST} {LAST}",
                 "Cu stimă\n{last}", "Abraço,\n{first}", "Saludos\n{first} {last}", "Salam,\n{first}"]
RICH_COMMENTS = ["Rang the yard cabin twice, crews out cutting.", "Took over the screen with the remote tool.",
                 "Mill is writing tallies by hand meanwhile.", "Mill manager to confirm before we touch it.",
                 "Supplier ticket raised, number in the attachment.", "District forester saw the same fault on site.",
                 "Handed to the server team.", "Voicemail left for the caller.", "Caller is inside the kiln house, rings back later.",
                 "Technician went out with the morning truck."]
RICH_GENERIC_NOTES = ["Walked the caller through it.", "Ten days without a reply, closing.", "Sorted.",
                      "Caller says all good now.", "No further action.", "Back in business."]
RICH_ONEOFF_BODIES = ["Our {thing} is acting strange again since the weekend, could somebody come by?",
                      "Who looks after the {thing}, you or the workshop lads?",
                      "{thing} by the yard gate is broken once more.",
                      "The {thing} must work before the forest open day, please."]

RICH_TOPICS = [
    ("wifi", "covered", 340,
     ["yard cabin wireless flaky", "company wifi vanished", "laptop refuses the wireless"],
     ["Sitting in the log yard cabin the laptop drops off the wireless, waits a bit, then reconnects, all morning.",
      "All I see is the visitors' network; the company one isn't in the list any more.",
      "Says connected with full bars, yet every web page times out."],
     ["Removed the remembered network, joined again.", "Access point in the yard cabin rebooted by networks.",
      "New wireless driver installed, no drops since."]),
    ("printer", "covered", 215,
     ["district office printer offline", "nothing comes out of the printer", "prints pile up in the queue"],
     ["The printer in the district office says offline and the delivery notes won't come out.",
      "When I print the truck list nothing happens; the queue shows it with an error.",
      "Procurement hasn't printed a single page since eight."],
     ["Emptied the queue, spooler restarted.", "Turned the printer off and on.",
      "Printer mapping deleted and added again from the server."]),
    ("lockout", "covered", 150,
     ["blocked after typing it wrong", "locked at the start screen", "LOCKED OUT AGAIN"],
     ["Got it wrong a few times at five in the morning in the yard and now there's no more trying.",
      "Each Monday morning after the weekend the laptop says I'm blocked.",
      "It tells me I am locked, but I have not changed a thing."],
     ["Unblocked; an old copy was stored on the cab PC and removed.", "Unblocked, caller working."]),
    ("harvester-files", "gap", 150,
     ["harvester files not arriving", "yesterday's cut volumes missing", "production file stuck"],
     ["HarvLink has received no production files from harvester 4 since Friday although the crew worked all weekend.",
      "The stems cut yesterday don't show in procurement, the operator says the cab PC sent them.",
      "HarvLink lists last week's production and ignores the two new stands."],
     ["File receiver restarted; files imported.", "Operator resent the files from the cab.",
      "Vendor fixed the import queue."]),
    ("kiln-schedule", "gap", 120,
     ["kiln schedule gone", "kiln moisture stuck", "drying alarm every night"],
     ["KilnMaster lost the drying schedule for kiln 2 in the middle of a batch of spruce.",
      "Moisture in kiln 5 reads 12% all day, the handheld meter says 19%.",
      "The kiln console alarms every night at 1 and the kiln is fine."],
     ["Schedule restored from the vendor's backup.", "Moisture probe replaced.", "Alarm limit corrected by the vendor."]),
    ("log-scanning", "gap", 90,
     ["log scanner volumes wrong", "diameters way off", "all logs graded as pulp"],
     ["LogScan gives half the usual volume for the pine coming in this week.",
      "The scanner at the intake measures every log 5 cm too thick.",
      "Since Tuesday every log is graded pulpwood, even clean sawlogs."],
     ["Scanner recalibrated.", "Grading table re-imported.", "Vendor pushed a patch."]),
    ("vpn", "covered", 110,
     ["remote access tunnel fails", "vpn cuts out"],
     ["At home the VPN client spins on connecting and then quits.", "The tunnel comes up for a moment then falls over."],
     ["Client pointed at the right portal.", "VPN client removed and installed fresh."]),
    ("mailbox-full", "covered", 80,
     ["mail storage full", "quota warning every hour"],
     ["Nothing goes out, Outlook tells me there's no room left in my mailbox.", "I get a nearly-full warning on the hour."],
     ["Online archive turned on.", "Deleted big old attachments together with the caller."]),
    ("shared-folder", "covered", 75,
     ["S: drive missing", "denied on the planning folder"],
     ["Procurement's S: drive isn't under This PC any more.", "The planning folder tells me I'm not allowed in."],
     ["Re-mapped the drive.", "Folder owner said yes, caller put in the group."]),
    ("teams-audio", "covered", 60,
     ["Teams call silent", "microphone not found in Teams"],
     ["On Teams calls the others can't hear me, the mic isn't muted.", "Teams keeps using the laptop speakers instead of my headset."],
     ["Picked the headset under devices in Teams.", "Updated the headset firmware."]),
    ("restore", "covered", 40,
     ["get a deleted file back", "older copy of a sheet needed"],
     ["The truck plan workbook got deleted off the share, is it recoverable?",
      "I saved over the kiln batch list, can I have yesterday's?"],
     ["Previous version put back.", "Recovered from the nightly backup."]),
]
