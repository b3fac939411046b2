# ሕቶታት ሓገዝ፦ ምስ ሓደ ሰብ ምዝራብ፡ ብፍቓድ ስድራቤት። ስድራቤታት የንብብዎ።
# Telegram HTML ጥራይ። ዋጋታት { $... } እቲ ቦት ይመልኦ። ቁጽርታት፦ ካብ FACTS.md ክፍሊ 6 ጥራይ።

command-talk = ምስ ሓደ ሰብ ምዝራብ
command-requests = ሕቶታት ሓገዘይ

support-talk-button = 🗣 ምስ ሓደ ሰብ ክዛረብ እደሊ
support-question-button = 📨 ሕቶይ ናብ ኮችይ ስደድ

support-crisis =
    <b>ከቢድ ወይ ህጹጽ እንተኾይኑ፡ ሕጂ ደውሉ።</b> ብነጻ።
    • 112: ቀጥታዊ ሓደጋ፡ ህጹጽ ኩነታት
    • 1813: Zelfmoordlijn (መስመር ምክልኻል ነብሰ-ቕትለት)። ብሆላንድኛ፡ 24 ሰዓት ኣብ መዓልቲ፡ ብቻት እውን።
    • 0800 32 123: Centre de Prévention du Suicide (ማእከል ምክልኻል ነብሰ-ቕትለት)። ብፈረንሳይኛ፡ 24 ሰዓት ኣብ መዓልቲ። ምኽሪ ብእንግሊዝኛ፡ ብዓረብኛን ብስጳኛን እውን ኣሎ።
    • 106: Tele-Onthaal። ብሆላንድኛ።
    • 107: Télé-Accueil። ብፈረንሳይኛ።
    ንቆልዑ፦
    • 102: Awel። ብሆላንድኛ።
    • 103: Écoute-Enfants። ብፈረንሳይኛ።
    • 116 000: Child Focus።

support-ask-kind = እንታይ ዓይነት ሓገዝ ትደልዩ?
support-kind-coach = 👤 ምስ ኮችይ ምዝራብ
support-kind-psychological = 🧠 ናጻ ስነ-ኣእምሮኣዊ ሓገዝ
support-kind-child = 🧒 ሓገዝ ንሓደ ቆልዓ
support-kind-urgent = 🚨 ህጹጽ፡ ሎሚ
support-button-cancel = ✖️ ሰርዙ
support-cancelled = ተሰሪዙ። ዋላ ሓንቲ ኣይተላእከን ዋላ ሓንቲ ኣይተዓቀበን።
support-draft-gone = እዚ ሕቶ ኣይተላእከን (ኣዝዩ ነዊሕ ግዜ ጸኒሑ ወይ እቲ ቦት ዳግማይ ተጀሚሩ)። በጃኹም ካብ መጀመርታ ጀምሩ።
support-button-skip = ➡️ መልእኽቲ ዘይብሉ
support-ask-message =
    ብቋንቋኹም ወይ ብዝኾነ ካልእ ቋንቋ መልእኽቲ ክትጽሕፉ ትኽእሉ ኢኹም።
    ወይ "መልእኽቲ ዘይብሉ" ጠውቑ።
support-message-too-long = እቲ መልእኽቲ ልዕሊ { $limit } ፊደላት ክኸውን የብሉን። በጃኹም ኣሕጽርዎ እሞ እንደገና ስደድዎ።

support-reader-coach = ኮችኩም፡ <b>{ $coach }</b>፡ ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ዝሰርሕ
support-reader-coordinators = ኣወሃሃድቲ ኮቻት (ብመንገዲ እዚ ቦት ክትረኽብዎ እትኽእሉ ኮች የብልኩምን)
support-nobody =
    ሕጂ ብመንገዲ እዚ ቦት ሕቶ ክቕበል ዝኽእል ሰብ የለን። ዋላ ሓንቲ ኣይተላእከን ኣይተዓቀበን።
    ኣብ ላዕሊ ዘለዉ ቁጽርታት ተጠቐሙ፡ ወይ ንኮችኩም ምስ ረኣኹምዎ ተዛረብዎ።

support-consent =
    <b>ቅድሚ ምልኣኽኩም ኣረጋግጹ፦</b>
    ዝተሓተ ሓገዝ፦ { $kind }
    { $message }

    <b>መን ከንብቦ እዩ፦</b> { $reader }።
    <b>እንታይ ይዕቀብ፦</b> ዓይነት ሓገዝ፡ መልእኽትኹምን ዕለትን። መልእኽትኹም ሕቶ ምስ ተዓጽወ ድሕሪ { $days } መዓልቲ ይድምሰስ። /requests ሕቶታትኩም የርኢ፤ /forget ኩሉ ይድምስስ።

    "ስደድ" ክሳዕ እትጠውቁ ዋላ ሓንቲ ኣይለኣኽን።
support-consent-message =
    መልእኽትኹም፦
    <blockquote>{ $text }</blockquote>
support-consent-no-message = መልእኽቲ የለን።
support-consent-independent = ኮችኩም ናብ ናጻ ኣገልግሎት (Ulysse, Exil, Solentra) ወይ ናብ መስመር ሓገዝ ክሰደኩም ይኽእል እዩ።
support-button-send = 📤 ስደድ

support-receipt =
    ✅ ሕቶኹም ቁጽሪ { $id } ተዓቂቡ ኣሎ። ዘንብቦ፦ { $reader }።
    ሓደ ሰብ ምስ ኣንበቦ ኣብዚ መልእኽቲ ክበጽሓኩም እዩ።
    ክሳዕ ዝንበብ ክትስሕብዎ ትኽእሉ ኢኹም፦ /requests
support-button-requests = 📋 ሕቶታተይ

support-status-unread = ⏳ ገና ኣይተንበበን
support-status-read = 👀 ተነቢቡ
support-status-replied = 💬 መልሲ ተላኢኹ
support-status-referred = 🤝 ኣገልግሎት ተሓቢሩ
support-status-withdrawn = ↩️ ተሳሒቡ
support-requests-none = ዋላ ሓደ ሕቶ ሓገዝ ኣይለኣኽኩምን።
support-requests-title = <b>ሕቶታት ሓገዝኩም</b>
support-requests-item = • ሕቶ ቁጽሪ { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ ሕቶ ቁጽሪ { $id } ሰሓቡ
support-button-withdraw-yes = ↩️ እወ፡ ሰሓቦ
support-button-keep = ኣይትሰሓቦ
support-withdraw-confirm = ሕቶ ቁጽሪ { $id } ክስሓብ? ኣይክንበብን እዩ።
support-withdraw-too-late = እዚ ሕቶ ድሮ ተነቢቡ ወይ ተሳሒቡ እዩ፦ ሕጂ ክስሓብ ኣይክእልን።
support-withdrawn = ↩️ ሕቶ ቁጽሪ { $id } ተሳሒቡ። ድሮ ናብ ተሌፎን እቲ ዘንብቦ ሰብ በጺሑ እንተነይሩ፡ ከም ዝተሳሕበ ክሕበሮ እዩ።

support-family-read =
    👀 ሕቶኹም ቁጽሪ { $id } { $by ->
        [coach] ኮችኩም
       *[coordinator] ሓደ ኣወሃሃዲ
    } ኣንቢቡዎ።
support-family-reply-phrase =
    💬 መልሲ ንሕቶኹም ቁጽሪ { $id }፡ ካብ { $by ->
        [coach] ኮችኩም
       *[coordinator] ሓደ ኣወሃሃዲ
    }፦
    { $phrase }
support-family-reply-text =
    💬 መልሲ ንሕቶኹም ቁጽሪ { $id }፡ ብ{ $by ->
        [coach] ኮችኩም
       *[coordinator] ሓደ ኣወሃሃዲ
    } ዝተጻሕፈ (ናይ ባዕሉ ቃላት፡ ዘይተተርጎመ)፦
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 ብዛዕባ ሕቶኹም ቁጽሪ { $id }፡ { $by ->
        [coach] ኮችኩም
       *[coordinator] ሓደ ኣወሃሃዲ
    } ነዚ ናጻ ኣገልግሎት ይሕብረኩም፦
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brussel)፦ ዘይርጉእ መንበሪ ኩነታት ንዘለዎም ሰባት። ብነጻ፡ ምስ ተርጎምቲ።
    ናብኡ ከመይ ከም እትኸዱ ንኮችኩም ወይ ንሓኪም ሕተቱ።
support-service-exil =
    <b>Exil</b> (Brussel)፦ ካብ ስቅያት ወይ ውዱብ ዓመጽ ንዝደሓኑ ሰባት። ብነጻ።
    ናብኡ ከመይ ከም እትኸዱ ንኮችኩም ወይ ንሓኪም ሕተቱ።
support-service-solentra =
    <b>Solentra</b> (UZ Brussel)፦ ካብ 2 ዓመትን ፍርቅን ንላዕሊ ንዝኾኑ ስደተኛታት ቆልዑን ንስድራቤቶምን። ብነጻ።
    ብሞያዊ ሰብ ክትለኣኹ ኣለኩም፦ ንኮችኩም ወይ ንሓኪም ሕተቱ።
support-service-lines =
    <b>መስመራት ሓገዝ</b>፡ ብነጻ፦
    • 1813: Zelfmoordlijn (መስመር ምክልኻል ነብሰ-ቕትለት)። ብሆላንድኛ፡ 24 ሰዓት ኣብ መዓልቲ፡ ብቻት እውን።
    • 0800 32 123: Centre de Prévention du Suicide (ማእከል ምክልኻል ነብሰ-ቕትለት)። ብፈረንሳይኛ፡ 24 ሰዓት ኣብ መዓልቲ። ምኽሪ ብእንግሊዝኛ፡ ብዓረብኛን ብስጳኛን እውን ኣሎ።
    • 106: Tele-Onthaal። ብሆላንድኛ።
    • 107: Télé-Accueil። ብፈረንሳይኛ።
support-service-children =
    <b>መስመራት ንቆልዑ</b>፡ ብነጻ፦
    • 102: Awel። ብሆላንድኛ።
    • 103: Écoute-Enfants። ብፈረንሳይኛ።
    • 116 000: Child Focus።

support-not-allowed = ⛔ እዚ ሕቶ ናትኩም ኣይኮነን። ዋላ ሓንቲ ኣይተገብረን።

support-privacy-notice = • ሕቶታት ሓገዝኩም፡ እንተለኣኽኩም፦ ዓይነት ሓገዝ፡ መልእኽትኹምን ዕለታትን። ኮችኩም (ወይ ሓደ ኣወሃሃዲ) ክምልሰልኩም ምእንቲ። ኮችኩም ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ይሰርሕ።
support-privacy-retention = • መልእኽቲ ሕቶ ሓገዝ ሕቶ ምስ ተዓጽወ ድሕሪ { $days } መዓልቲ ይድምሰስ።
support-mydata-title = <b>ሕቶታት ሓገዝ</b>
support-mydata-item = • ሕቶ ቁጽሪ { $id }: { $kind }
support-mydata-item-with-text = • ሕቶ ቁጽሪ { $id }: { $kind }፡ ምስ መልእኽትኹም

## Voice notes

support-voice-outside = ናይ ድምጺ መልእኽትታት ክሰምዕ ኣይክእልን እየ። ነዚ ናይ ድምጺ መልእኽቲ ናብ ሓደ ሰብ ክትሰድዎ ትደልዩ ዶ?
support-voice-send-button = 📨 ናብ ሓደ ሰብ ስደድ
support-voice-crisis-button = 🆘 ቁጽርታት ህጹጽ ረድኤት
support-voice-too-long = ናይ ድምጺ መልእኽቲ ልዕሊ { $minutes } ደቓይቕ ክኸውን የብሉን። በጃኹም ዝሓጸረ ስደዱ፡ ወይ ጸሓፉ።
support-consent-voice = ናይ ድምጺ መልእኽትኹም፦ { $seconds } ካልኢት። ኣብ ታሕቲ ስሙ ዘሎ ሰብ ጥራይ እዩ ዝሰምዖ። ዝጽሕፎ ወይ ዝትርጉሞ የለን።
support-mydata-item-with-voice = • ሕቶ ቁጽሪ { $id }: { $kind }፡ ምስ { $seconds } ካልኢት ናይ ድምጺ መልእኽቲ
support-ask-voice = 🎤 ናይ ድምጺ መልእኽቲ እውን ክትሰዱ ትኽእሉ ኢኹም።
