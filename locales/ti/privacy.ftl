# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# ብሕታውነት፦ እቲ ቦት ብዛዕባ ሓደ ሰብ ዝዕቅቦ፡ ቅዳሑ (/mydata)፡ ምድምሳስ (/forget)፡
# ምቁጽጻር ብዙሕ መልእኽትታትን ጉጅለታትን። HTML Telegram ጥራይ። እቶም { $... } ብቦት ይመልኡ።

## /privacy
# $stored፦ ንነፍሲ ወከፍ ዓይነት ሓበሬታ ሓደ መስመር። $retention፦ ንነፍሲ ወከፍ ግዜ ምዕቃብ ሓደ መስመር።
privacy-text =
    <b>🔒 ኣብዚ ቦት ዘሎ ሓበሬታኹም</b>

    <b>እቲ ቦት እንታይ ይዕቅብ፡ ስለምንታይ</b>
    { $stored }
    እቲ ቦት ስምኩም፡ ቁጽሪ ተሌፎንኩም፡ ስእልታትኩም ወይ ፋይልታትኩም፡ ወይ ናብኡ እትጽሕፉዎ ጽሑፍ ኣይዕቅብን። እትጽሕፉዎ ዘንብቦ ንምምላስ ጥራይ እዩ።
    ናብ ኮችኩም ክትሰዱዎ እትመርጹ መልእኽቲ ጥራይ እዩ ዝዕቀብ፡ ከምቲ ኣብ ላዕሊ ዝተጠቕሰ።

    <b>ንክንደይ ግዜ</b>
    { $retention }

    <b>መን ክርእዮ ይኽእል</b>
    ንስኹም፡ ብ /mydata። እቲ ነዚ ቦት ዘካይድ ጉጅለ ({ -bot-operator }) ነቲ ቦት ኣብ ዝጽግነሉ ግዜ ነቲ ዝተዓቀበ ሓበሬታ ክርእዮ ይኽእል። ቴክኒካዊ መዝገባት እቲ ቦት እትጽሕፉዎ፡ ስምኩም ወይ ቁጽሪ ተሌፎንኩም ፈጺሞም ኣይሕዙን።

    <b>ብኸመይ ይድምሰስ</b>
    /forget ነቲ ቦት ብዛዕባኹም ዝዕቅቦ ኩሉ ብሓንሳብ ይድምስሶ።
privacy-notice-member = • ቋንቋኹምን ዕለታት ናይ መጀመርታን ናይ መወዳእታን መልእኽትኹምን፦ ብቋንቋኹም ንኽጽሕፈልኩም፡ ነቲ ቦት ምጥቃም ምስ ኣቋረጽኩም ድማ ሓበሬታኹም ንምድምሳስ።
privacy-notice-inbox = • እትሰዱዎ፡ እቲ ቦት ክሳዕ ዝምልሶ (ሓንቲ ህሞት፤ እቲ ቦት ጠጠው ኢሉ እንተነይሩ ዝነውሐ)፡ ድሕሪኡ እቲ ጽሑፍ ይድምሰስ። ኣብኡ ዝንበቦ የለን።
privacy-retention-inactive = • { $days } መዓልቲ ናብቲ ቦት እንተዘይጸሓፍኩም፡ ብዛዕባኹም ዝዕቅቦ ኩሉ ይድምሰስ።

## /mydata

privacy-mydata-title = <b>እቲ ቦት ብዛዕባኹም ዝዕቅቦ</b>
privacy-mydata-nothing = እቲ ቦት ብዛዕባኹም ዋላ ሓንቲ ኣይዕቅብን።
privacy-mydata-language = ቋንቋ፦ { $language }
privacy-mydata-first-seen = ናይ መጀመርታ መልእኽቲ፦ { $date }
privacy-mydata-last-seen = ናይ መወዳእታ መልእኽቲ፦ { $date }
privacy-mydata-see-file = { $section }፦ ነቲ ኣብ ታሕቲ ዘሎ ፋይል ርኣዩ።
privacy-mydata-file = እቲ ኣብ ታሕቲ ዘሎ ፋይል ሓደ ዓይነት ትሕዝቶ ኣለዎ፡ ኮምፒዩተር ከንብቦ ብዝኽእል ቅርጺ (JSON)።
privacy-mydata-too-long = ኣብዚ ንምርኣይ ኣዝዩ ብዙሕ እዩ፦ ኩሉ ኣብቲ ኣብ ታሕቲ ዘሎ ፋይል ኣሎ።
privacy-mydata-caption = እቲ ቦት ብዛዕባኹም ዝዕቅቦ ኩሉ

## /forget

privacy-forget-confirm =
    <b>ኩሉ ሓበሬታኹም ይደምሰስ ዶ?</b>
    እቲ ቦት ቋንቋኹምን ካልእ ብዛዕባኹም ዝዕቅቦ ኩሉን ክርስዕ እዩ። እዚ ክምለስ ኣይክእልን እዩ።
    ድሒርኩም እንደገና እንተጸሓፍኩም፡ እቲ ቦት ካብ መጀመርታ ይጅምር።
privacy-forget-yes = 🗑 ኩሉ ደምስሱ
privacy-forget-no = ሰርዙ
privacy-forget-done = ✅ ሓበሬታኹም ተደምሲሱ። እቲ ቦት ድሕሪ ሕጂ ኣይፈልጠኩምን።
privacy-forget-cancelled = ዋላ ሓንቲ ኣይተደምሰሰን።
privacy-forget-expired = እዚ መጠወቒ ኣዝዩ ኣረጊቱ። ሓበሬታኹም ክትድምስሱ እንተደሊኹም፡ /forget እንደገና ስደዱ።

## ብዙሕ መልእኽትታት፡ ጉጅለታት፡ ጸገማት ምዕቃብ

privacy-slow-down-tap = በጃኹም ሓንቲ ህሞት፦ ድሕሪ ሒደት ካልኢታት ደጊምኩም ጠውቑ።
privacy-private-only = እዚ ቦት ብሕታውነት ነፍሲ ወከፍ ስድራ ንምሕላው ኣብ ብሕታዊ ዕላል ጥራይ እዩ ዝሰርሕ። ካብዚ ጉጅለ እወጽእ ኣለኹ። ብቐጥታ ጽሓፉለይ፦ @{ $bot }
privacy-storage-busy = ይቕሬታ፡ ሕጂ ነዚ ክዕቅቦ ኣይከኣልኩን። በጃኹም ድሕሪ ሓደ ደቒቕ እንደገና ፈትኑ።

## Telegram ዘርእዮ ዝርዝር ትእዛዛት (ሓጺር፡ ብዘይ HTML)

command-privacy = ሓበሬታኹም፦ እንታይ ይዕቀብ፡ ስለምንታይ
command-mydata = ቅዳሕ ሓበሬታኹም ምርካብ
command-forget = ሓበሬታኹም ምድምሳስ

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • ኮችኩም ምስ ስድራ እንተ ኣተኣሳሲሩኩም: ሓጺር ስሙ፡ ቁጽሪ ኣባልነትኩም፡ ቆጸራታትኩምን መልስታትኩምን። ኮችኩምን ኣወሃሃድትን ይርእይዎ፤ ቆጸራታትኩም ንምልኣኽ የድሊ።
privacy-retention-appointments = • ቆጸራታት ድሕሪ ምፍጻሞም { $days } መዓልቲ ይድምሰሱ።
privacy-mydata-household = ስድራ: { $label } · ኮች: { $coach }
