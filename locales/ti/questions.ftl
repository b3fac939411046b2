# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.

questions-did-it-help = እዚ ንሕቶኹም መሊሱ ድዩ?
questions-yes = 👍 እወ
questions-no = 👎 ኣይፋል
questions-thanks =
    የቐንየልና። ኣብ ዝኾነ እዋን ካልእ ሕቶ ክትጽሕፉ ትኽእሉ ኢኹም፣ ወይ /menu ጽሓፉ።
questions-choose =
    ብዙሓት ኣርእስትታት ንሕቶኹም ክምልሱ ይኽእሉ።
    ኣየናይ ክትከፍቱ ትደልዩ?
questions-not-found =
    ኣብቲ ዝተረጋገጸ ሓበሬታ ንሕቶኹም መልሲ ኣይረኸብኩን።
    ካብ ምግማት፡ ብቕንዕና ክነግረኩም እመርጽ።
questions-not-helped =
    ይቕሬታ፡ እዚ ገጽ ንሕቶኹም ኣይመለሰን።
    ካልእ ዝተረጋገጸ መልሲ የብለይን።
questions-coach-offer =
    ኮችኩም እውን ክሕግዘኩም ይኽእል እዩ፡ ምስ ረኣኹምዎ ሕተትዎ።
    ኣብ ቀረባ እዋን ሕቶኹም ብመንገዲ እዚ ቦት ናብ ኮችኩም ክትሰዱ ክትክእሉ ኢኹም።
    እቲ ኮች ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ይሰርሕ። ንምክልኻል ርእስኹም፡ ምስ ጠበቓኹም ተዘራረቡ።

    ወይ ኣብ ታሕቲ ኣርእስቲ ምረጹ:
