# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# ጽሑፋት መርኣያ family_bot። HTML Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# እቶም { $... } ዝብሉ ብቦት ይመልኡ፤ ኣስማቶም ከምቲ ዘለዎ ሓልዉ።

-bot-operator = ንስድራታት ዝሕግዝ ናጻ ትካል (ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ኣይኮነን)

## ቋንቋ

language-picker-prompt = ቋንቋኹም ምረጹ
language-changed = ✅ ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።
language-button = 🌐 ቋንቋ

## እንቋዕ ብደሓን መጻእኩም

welcome-text =
    <b>እንቋዕ ብደሓን መጻእኩም።</b>
    እዚ ቦት ብዛዕባ ናብራ ኣብ ገዛ ምምላስ፡ መሰላትኩምን ምርጫታትኩምን ሓበሬታ ይህበኩም።
    እዚ ቦት ዝመሓድሮ { -bot-operator } እዩ።

    • ሓበሬታ ይህብ። ብዛዕባ ፋይልኩም ዋላ ሓንቲ ኣይውስንን።
    • ዝዕቅቦ ቋንቋኹምን ክትሰዱዎ ዝመረጽኩምዎን ጥራይ እዩ።
    • ናብ ኮችኩም መልእኽቲ እንተሰዲድኩም፡ ኮችኩም የንብቦ። እቲ ኮች ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት (Office des Étrangers / Dienst Vreemdelingenzaken) እዩ ዝሰርሕ።

    ኣብ ታሕቲ ሓደ ኣርእስቲ ምረጹ። ኣብ ዝኾነ ግዜ /menu ክትጽሕፉ ትኽእሉ ኢኹም።

## ዝርዝርን ገጻትን

menu-text =
    <b>ዝርዝር</b>
    ሓደ ኣርእስቲ ምረጹ፦
menu-button = ☰ ዝርዝር
nav-back = ◀ ንድሕሪት
page-unreviewed = <i>⚠ እዚ ጽሑፍ ገና ብሰብ ኣይተረጋገጸን።</i>
page-in-other-language = <i>እዚ ገጽ ገና ናብ ቋንቋኹም ኣይተተርጎመን፦ ብ{ $language } ይርአ ኣሎ።</i>
page-checked = <i>እዚ ሓበሬታ ዝተረጋገጸሉ ዕለት፦ { $date }።</i>

## ሓገዝ

help-text =
    <b>ሓገዝ</b>
    • ሓደ ኣርእስቲ ንምኽፋት ሓደ መጠወቒ ጠውቑ።
    • ወይ ሕቶኹም ብቓላትኩም ጽሓፉ፡ እቲ ዝምልሶ ገጽ ነርእየኩም።
    • /menu ዝርዝር ኣርእስትታት የርኢ።
    • /language ቋንቋ ይቕይር።
    • /appointments ቆጸራታትኩም የርኢ።
    • /privacy እቲ ቦት ዝዕቅቦ ይገልጽ፤ /forget ይድምስሶ።
    • /start መእተዊ መልእኽቲ እንደገና የርኢ።

    ኣብ ሓደጋ እንተሃሊኹም፡ ናብ <b>112</b> ደውሉ።

## ካልእ ኩሉ

fallback-media =
    ጽሑፍን መጠወቕታትን ጥራይ እየ ከንብብ ዝኽእል።
    ኣብቲ ዝርዝር ሓደ ኣርእስቲ ምረጹ።
fallback-unknown-command =
    { $command } ዝብል ትእዛዝ ኣይፈልጦን እየ።
    /menu ወይ /help ፈትኑ።
fallback-stale-button = እዚ መጠወቒ ድሕሪ ሕጂ ኣይሰርሕን እዩ። እንሆ እቲ ዝርዝር።
error-generic = ይቕሬታ፡ ጌጋ ኣጋጢሙ። እንደገና ፈትኑ፡ ወይ /menu ጽሓፉ።

## Telegram ዘርእዮ ዝርዝር ትእዛዛት (ሓጺር፡ ብዘይ HTML)

command-start = መእተዊ መልእኽቲ
command-menu = ዝርዝር ኣርእስትታት
command-language = ቋንቋ ምቕያር
command-help = እዚ ቦት ከመይ ይሰርሕ
