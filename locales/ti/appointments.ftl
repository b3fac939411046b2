# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Tigrinya appointment texts of family_bot, as families read them: notices, reminders, answers, the coach's phrasebook.
# Coach: ኮች; Immigration Office: ቤት ጽሕፈት ጉዳያት ወጻእተኛታት; appointment: ቆጸራ; lawyer: ጠበቓ. Reference: locales/fr/appointments.ftl.
# Telegram HTML only. Values in { $... } are filled in by the bot; keep their names exactly.
# The coach's own words ($note, $text) are never translated: the text says so.

command-appointments = ቆጸራታተይ
coach-invite-invalid = እዚ ሊንክ ድሕሪ ሕጂ ኣይሰርሕን እዩ (ድሮ ተጠቒምሉ፡ ግዜኡ ሓሊፉ ወይ ዘይፍለጥ)። ሓድሽ ሊንክ ሕተቱ።
coach-not-allowed = ⛔ እዚ ስድራ ወይ እዚ ቆጸራ ካብ ፋይላትኩም ኣይኮነን። ዋላ ሓንቲ ኣይተገብረን።
coach-gone = እዚ ቆጸራ የለን፡ ተሰሪዙ ወይ ሓሊፉ እዩ።

## Kinds of appointment
coach-kind-lawyer = ጠበቓ
coach-kind-office = ቃለ-መሕተት ኣብ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት
coach-kind-doctor = ሓኪም
coach-kind-school = ቤት ትምህርቲ
coach-kind-embassy = ኤምባሲ
coach-kind-court = ቤት ምኽሪ (ቤት ፍርዲ)
coach-kind-other = ቆጸራ

## Read by families
coach-family-joined = ✅ ምስ ኮችኩም ({ $coach }) ተራኺብኩም ኣለኹም። ቆጸራታትኩም ኣብዚ፡ ብቋንቋኹም ክመጹኹም እዮም። ኮችኩም ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት እዩ ዝሰርሕ፡ ኣብዚ እትምልስዎ ድማ የንብቦ።
coach-family-new = 📅 <b>ሓድሽ ቆጸራ</b>
coach-family-changed = ✏️ <b>ቆጸራ ተቐይሩ</b>
coach-family-cancelled = ❌ <b>ቆጸራ ተሰሪዙ</b>
coach-family-reminder = ⏰ <b>መዘኻኸሪ ቆጸራ</b>
coach-family-late = (እዚ መዘኻኸሪ ደንጒዩ እዩ በጺሑ፡ ኣገልግሎት ንሓጺር ግዜ ተቋሪጹ ነይሩ።)
coach-family-what = { $kind }
coach-family-when = 🕒 { $when }
coach-family-place = 📍 { $place }
coach-family-note = ✍️ ሓጺር ጽሑፍ ካብ ኮችኩም (ዘይተተርጎመ)፦ <i>{ $note }</i>
coach-family-free-text = ✍️ መልእኽቲ ካብ ኮችኩም (ዘይተተርጎመ፡ ባዕሉ ኮችኩም ዝጸሓፎ)፦
    <blockquote>{ $text }</blockquote>
coach-button-coming = ✅ ክመጽእ እየ
coach-button-need-help = 🆘 ሓገዝ የድልየኒ
coach-family-thanks = የቐንየልና፡ ኮችኩም ተሓቢሩ እዩ።
coach-family-help-ask = ኮችኩም ተሓቢሩ እዩ። ዘድልየኩም ኣብዚ ክትጽሕፉ ትኽእሉ ኢኹም።
coach-family-help-sent = መልእኽትኹም ናብ ኮችኩም ተላኢኹ እዩ።
coach-family-closed = እዚ ቆጸራ ተሰሪዙ ወይ ሓሊፉ እዩ።
coach-family-appointments = 📅 <b>ቆጸራታትኩም</b>
coach-family-appointments-none = ዝተመደበ ቆጸራ የብልኩምን።
coach-family-appointment-item = • { $kind } — { $when } — { $place }

## Phrasebook: vetted short messages; .label is what the coach sees on the button.
phrase-lawyer-called = 📞 ጠበቓኹም ደዊሉ ነይሩ። በጃኹም መሊስኩም ደውሉሉ።
    .label = ጠበቓ ደዊሉ፦ መሊስኩም ደውሉ
phrase-come-to-office = 🏢 በጃኹም ናብ ቤት ጽሕፈት ኮችኩም ምጹ፦ { $when }።
    .label = ናብ ቤት ጽሕፈት ምምጻእ (ምስ ሰዓት)
phrase-bring-documents = 📄 በጃኹም ኣብ ዝቕጽል ቆጸራ ሰነዳትኩም (ወረቐት መንነት፡ ዝተቐበልኩምዎም ደብዳቤታት) ኣምጽኡ።
    .label = ሰነዳት ምምጻእ
phrase-coach-visit = 🏠 ኮችኩም ናብ ገዛ ክመጽእ እዩ፦ { $when }።
    .label = ኣብ ገዛ ምብጻሕ (ምስ ሰዓት)
phrase-letter-arrived = ✉️ ደብዳቤ መጺኡኩም ኣሎ። ካብ ኮችኩም ሕተትዎ።
    .label = ደብዳቤ መጺኡ
phrase-see-coach-today = 💬 በጃኹም ሎሚ ናብ ኮችኩም ምጹ።
    .label = ሎሚ ናባይ ምጹ
