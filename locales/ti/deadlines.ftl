# ድሕሪ ውሳነ: ንምንቅስቓስ ናይ መወዳእታ መዓልቲ፡ መዘኻኸሪታት፡ ካርድ ጠበቓ። ስድራቤታት የንብብዎ። ክሳብ ሕጂ ዝኾነ ሰብ ኣይመርመሮን።
# ናይ ቴለግራም HTML ጥራይ። ነቲ { $... } ቦት ይመልኦ።

command-deadline = ድሕሪ ውሳነ ናይ መወዳእታ መዓልቲ

deadlines-button-received = 📄 ውሳነ ተቐቢለ
deadlines-button-cancel = ✖️ ሰርዝ
deadlines-cancelled = ተሰሪዙ። ዝተዓቀበ የለን።
deadlines-stale = እዚ መልጎም ደጊም ኣይሰርሕን። ብ /deadline እንደገና ጀምሩ።
deadlines-unavailable = <b>⚠️ ሎሚ ንጠበቓኹም ተወከሱ።</b> ቦት ሕጂ መዓልትታት ክቘጽር ኣይክእልን።

deadlines-ask-kind =
    <b>እቲ ውሳነ እንታይ እዩ?</b> ላዕለዋይ ክፋል ናይቲ ወረቐት (ርእሲ ደብዳበ) ርኣዩ:
    • ቤት ጽሕፈት ወጻእተኛታት: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (ንኣብነት ትእዛዝ ምግዳፍ ሃገር)
    • CGRS፡ ዑቕባ: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS፡ ሓድሽ (ዝቕጽል) ሕቶ ዑቕባ ተቐባልነት ዘይብሉ: ተመሳሳሊ ርእሲ ደብዳበ፡ ምስ «demande ultérieure» / «volgend verzoek»
    • ፍርዲ: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = ቤት ጽሕፈት ወጻእተኛታት (OE / DVZ)
deadlines-kind-cgrs = ውሳነ ዑቕባ ካብ CGRS (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: ሓድሽ ሕቶ ተቐባልነት የብሉን
deadlines-kind-cce-judgment = ፍርዲ CCE / RvV
deadlines-kind-unknown = ኣይፈልጥን

deadlines-ask-second = እዚ <b>ካልኣይ (ወይ ዝቕጽል) ስጉምቲ ምብራር</b> ድዩ? ማለት: ቅድሚ ሕጂ ትእዛዝ ምግዳፍ ሃገር ወይ ውሳነ ምብራር ተቐቢልኩም ዶ?
deadlines-answer-yes = እወ
deadlines-answer-no = ኣይፋል
deadlines-answer-unknown = ኣይፈልጥን

deadlines-ask-how = <b>እቲ ውሳነ መዓስን ብኸመይን በጽሓኩም?</b>
deadlines-how-today = ሎሚ ብኢድ ተዋሂቡኒ
deadlines-how-yesterday = ትማሊ ብኢድ ተዋሂቡኒ
deadlines-how-other-day = ካልእ መዓልቲ ተዋሂቡ
deadlines-how-registered = ብዝተመዝገበ ደብዳበ
deadlines-how-letter = ብንቡር ደብዳበ
deadlines-how-unknown = ኣይፈልጥን

deadlines-ask-date-in-person = ኣብ የኖ መዓልቲ ተዋሂቡኩም (ወይ ምቕባሉ ኣብዪኩም)?
deadlines-ask-date-registered = እቲ ዝተመዝገበ ደብዳበ ኣብ የኖ መዓልቲ ቀሪቡልኩም (ፖስታ ዝመጸሉ መዓልቲ)?
deadlines-ask-date-letter = ኣብ ማሕተም ፖስታ የኖ መዓልቲ ኣሎ? እንተ ዘይፈሊጥኩም፡ ኣብቲ ውሳነ ዝተጻሕፈ ዕለት ምረጹ። ዝበጽሓሉ መዓልቲ ኣይኮነን።
deadlines-date-unknown = ዕለቱ ኣይፈልጦን

deadlines-ask-house = ክትቅበልዎ ከለኹም ኣብ ገዛ ምምላስ ትነብሩ ነይርኩም ዶ?
deadlines-house-yes = እወ፡ ኣብ ገዛ ምምላስ
deadlines-house-no = ኣይፋል

deadlines-contact-lawyer = <b>⚠️ ሎሚ ንጠበቓኹም ተወከሱ።</b>
deadlines-card = 👩‍⚖️ ጠበቓኹም: <b>{ $name }</b>፡ { $contact }
deadlines-shortest-kind = እቲ ውሳነ እንታይ ምዃኑ ኣይትፈልጡን። ስለዚ እዚ እቲ ዝሓጸረ ሕጊ እዩ: { $days } መዓልትታት፡ ካብቲ ድሕሪ ምርካብ ዘሎ መዓልቲ ዝቑጸር።
deadlines-shortest-date = ዕለቱ ኣይትፈልጡን። ስለዚ እዚ እቲ ዝሓጸረ ሕጊ እዩ: { $days } መዓልትታት፡ ከም ሎሚ ዝተረከበ ተቘጺሩ። ቅድሚኡ እንተ ነይሩ፡ ናይ መወዳእታ መዓልቲ ውን ይቕድም።
deadlines-at-latest =
    • <b>{ $remedy }</b>: እንተ ደንጎየ ብ <b>{ $day }</b> ({ $days } መዓልትታት)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: ገደብ ግዜ የብሉን።
    { $rule } [{ $sources }]
deadlines-decision-counts = እቲ ውሳነ ባዕሉ ዝሓጸረ ገደብ እንተ ሂቡ፡ እቲ እዩ ዝቑጸር። ጠበቓኹም ነታ ልክዕ መዓልቲ የረጋግጽ።
deadlines-unreviewed = <i>እዞም ዕለታት ዝኾነ ጠበቓ ገና ዘይመርመሮም ሕጋጋት ተሓሲቦም።</i>

deadlines-remedy-cce-appeal = ይግባይ ናብ CCE / RvV
deadlines-remedy-extreme-urgency = ኣብ ኣዝዩ ህጹጽ ኩነታት ምእጋድ (CCE / RvV)
deadlines-remedy-cgrs-appeal = ኣንጻር ውሳነ CGRS ይግባይ ናብ CCE / RvV
deadlines-remedy-cgrs-subsequent-appeal = ኣንጻር ዘይተቐባልነት ይግባይ ናብ CCE / RvV
deadlines-remedy-council-of-state = ይግባይ ናብ ባይቶ መንግስቲ
deadlines-remedy-council-chamber = ናብ ክፍሊ ምኽሪ ሕቶ ምፍታሕ

deadlines-rule-cce-appeal-detained = ካብቲ ድሕሪ ምፍላጥ ዘሎ መዓልቲ 10 መዓልትታት: ገዛ ምምላስ ከም ማእሰርቲ ይቑጸር።
deadlines-rule-cce-appeal = ካብቲ ድሕሪ ምፍላጥ ዘሎ መዓልቲ 30 መዓልትታት፡ እንተ ዘይተኣሰርኩም።
deadlines-rule-extreme-urgency = ካብቲ ድሕሪ ምፍላጥ ስጉምቲ ምብራር ዘሎ መዓልቲ 10 መዓልትታት።
deadlines-rule-extreme-urgency-second-removal = ካብቲ ድሕሪ ምፍላጥ ካልኣይ (ወይ ዝቕጽል) ስጉምቲ ምብራር ዘሎ መዓልቲ 5 መዓልትታት።
deadlines-rule-cgrs-appeal-detained = ኣብ ማእሰርቲ 10 መዓልትታት (ገዛ ምምላስ ይቑጸር)። ወግዓውያን ገጻት ኣይሰማምዑን: CGRS ነቲ ገደብ ኣብቲ ውሳነ ባዕሉ ይጽሕፎ።
deadlines-rule-cgrs-appeal = ካብቲ ድሕሪ ምፍላጥ ዘሎ መዓልቲ 30 ናይ ዓውደ-ኣዋርሕ መዓልትታት፡ እንተ ዘይተኣሰርኩም።
deadlines-rule-cgrs-subsequent-appeal-detained = ኣብ ማእሰርቲ 5 መዓልትታት (ገዛ ምምላስ ይቑጸር)።
deadlines-rule-cgrs-subsequent-appeal = 10 መዓልትታት፡ እንተ ዘይተኣሰርኩም።
deadlines-rule-council-of-state = ካብቲ ድሕሪ ምፍላጥ ፍርዲ ዘሎ መዓልቲ 30 መዓልትታት። ሕጋዊ ጽሑፍ ኣይተረኽበን: ንጠበቓኹም ሕተቱ።
deadlines-rule-council-chamber = ጠበቓኹም ኣብ ዝኾነ እዋን፡ ከምኡ ውን ወርሓዊ ደጊሙ ከቕርቦ ይኽእል። ክፍሊ ምኽሪ ኣብ ውሽጢ 5 መዓልትታት ስራሕ ይውስን።

deadlines-button-lawyer-has-it = ✅ ጠበቓይ ይሕዞ ኣሎ
deadlines-button-tell-coach = 📣 ንኮቸይ ሓብሩ (ኮች ን ቤት ጽሕፈት ወጻእተኛታት ይሰርሕ)
deadlines-button-card = 👩‍⚖️ ካርድ ጠበቓይ
deadlines-button-cannot-reach = ☎️ ንጠበቓይ ክረኽቦ ኣይከኣልኩን
deadlines-another = ካልእ ውሳነ ተቐቢልኩም ዶ?

deadlines-reminder-head = ⏰ <b>መዘኻኸሪ: ውሳነ።</b>
deadlines-by-coach = 📄 <b>ኮችኩም ንስድራቤትኩም ውሳነ መዝጊቡ።</b>
deadlines-stopped = ✅ ተመዝጊቡ: ጠበቓኹም ይሕዞ ኣሎ። መዘኻኸሪታት ንኹሉ ስድራቤትኩም ይቋረጹ።
deadlines-state-lawyer = ✅ ጠበቓኹም ይሕዞ ኣሎ: ደጊም መዘኻኸሪ የለን።
deadlines-state-passed = እዛ ናይ መወዳእታ መዓልቲ ሓሊፋ። ገና እንታይ ክኸውን ከም ዝኽእል ንጠበቓኹም ሕተቱ።
deadlines-coach-told = 📣 ንኮችኩም ተሓቢሩ። ዘክሩ: ኮች ን ቤት ጽሕፈት ወጻእተኛታት ይሰርሕ፡ ጠበቓኹም ኣይኮነን።
deadlines-no-coach = ኣብዚ ቦት ምስ ዝኾነ ኮች ኣይተኣሳሰርኩምን፡ ስለዚ ንሓደ እኳ ኣይተሓበረን።

deadlines-card-none = ዝተዓቀበ ካርድ ጠበቓ የለን። ሽም ጠበቓኹምን ቁጽሪ ተሌፎን ወይ ኢመይልን ክትዕቅቡ ትኽእሉ ኢኹም: ሽዑ ኣብዚ፡ ኣብ ገጽ ጠበቓን ኣብ መዘኻኸሪታትን ይርአ። ግዴታ ኣይኮነን፡ ኣብ ዝኾነ እዋን ክትድምስስዎ ትኽእሉ።
deadlines-card-about = ኩሉ ስድራቤትኩም ነዚ ካርድ ይርእዮ። ኣብ ዝኾነ እዋን ክትቕይርዎ ወይ ክትድምስስዎ ትኽእሉ።
deadlines-button-card-edit = ✏️ ዓቅብ ወይ ቀይር
deadlines-button-card-delete = 🗑 ደምስስ
deadlines-card-ask-name = ሽም ጠበቓኹም ጸሓፉ።
deadlines-card-ask-contact = ሕጂ ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ጠበቓኹም ጸሓፉ።
deadlines-card-bad-name = በጃኹም ክሳብ 80 ፊደላት ዘለዎ ሽም ጸሓፉ።
deadlines-card-bad-contact = እዚ ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ኣይኮነን። ቁጽሪ ተሌፎን ኣሃዛት ኣለዎ፡ እንተ ደሊኹም ምስ + ን ባዶ ቦታታትን፡ ንኣብነት +32 2 123 45 67። እንደገና ጸሓፍዎ።
deadlines-card-saved = ✅ ተዓቂቡ።
deadlines-card-deleted = 🗑 ካርድ ጠበቓ ተደምሲሱ።

deadlines-cannot-reach =
    <b>ንጠበቓኹም ክትረኽብዎ ኣይከኣልኩምን?</b>
    • ብነጻ ዝኾነ («pro deo») ጠበቓ ብቤት ጽሕፈት ሕጋዊ ሓገዝ ናይ ነፍሲ ወከፍ ማሕበር ጠበቓታት ይምደብ: <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand)።
    • ወጻእተኛታት ኣብ መስርሕ መንበሪን ይግባይን መሰል ከም ዘለዎም ይግመት፤ ንኣሽቱ ኩሉ ግዜ መሰል ኣለዎም።
    • ናብ BAJ/BJB ሕተቱ፡ ወይ ብቐጥታ ናብ ጠበቓ ኪዱ፡ ንሱ ክምደብ ይሓትት።
    ኣብ ታሕቲ ውን ሓገዝ ክትሓቱ ትኽእሉ: ኮችኩም (ወይ ኣወሃሃድቲ) ክንብቦ እዩ።

deadlines-button-register = 📄 ውሳነ ምምዝጋብ
deadlines-coach-pick = ንየኖት ስድራቤት ውሳነ ትምዝግቡ?
deadlines-coach-registered = ✅ ተመዝጊቡ። ነፍሲ ወከፍ ኣባል ስድራቤት ሕጂ ብቋንቋኡ ይሕበር፡ መዓልታዊ ውን መዘኻኸሪ ይቕበል።
deadlines-coach-notice = 📄 ስድራቤት { $label } (ኣባል { $position }፡ { $language }) ውሳነ መዝጊቡ ክትሕበሩ ሓቲቱ። ናይ መወዳእታ መዓልቲ፡ እንተ ደንጎየ: { $day }።

deadlines-mydata-title = <b>ውሳነታትን ካርድ ጠበቓን</b>
deadlines-mydata-item = • { $kind }: ናይ መወዳእታ መዓልቲ እንተ ደንጎየ { $day } ({ $state })
deadlines-mydata-state-open = መዘኻኸሪታት ይቕጽሉ ኣለዉ
deadlines-mydata-state-lawyer = ጠበቓኹም ይሕዞ ኣሎ
deadlines-mydata-state-passed = ሓሊፉ
deadlines-privacy-notice = • <b>ውሳነታት:</b> ውሳነ እንተ መዝጊብኩም፡ ቦት ንመልጎማት ዝሃብኩምዎ መልስታት ጥራይ (እንታይ ምዃኑ፡ ዕለት፡ ብኸመይ ከም ዝበጽሓኩም፡ ኣብ ገዛ ድዩ ኣይኮነን) ን ናይ መወዳእታ መዓልትን ይዕቅብ፡ ንኹሉ ስድራቤት ንምዝኽኻር። ካርድ ጠበቓኹም (ሽም፡ ተሌፎን ወይ ኢመይል) እንተ ዓቂብኩም። ንኮችኩም ዝሕበር «ንኮቸይ ሓብሩ» እንተ ጠዊቕኩም ጥራይ እዩ። /forget ዝመዝገብኩምዎ ይድምስስ።
deadlines-privacy-retention = • ውሳነ ድሕሪ ናይ መወዳእታ መዓልቱ { $days } መዓልትታት ይድምሰስ።
