# Translated from the French durable.ftl; not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

support-privacy-drafts = • እትጽሕፍዎን ገና ዘይለኣኽኩምዎን ሕቶ ሓገዝ፡ እቲ ቦት ዳግም እንተጀሚሩ ከይጠፍእ 30 ደቒቕ ይዕቀብ።
support-mydata-draft = • ገና ዘይለኣኽኩምዎ ሕቶ ሓገዝ፡ ካብ ዝጀመርኩምዎ { $minutes } ደቒቕ ጸኒሑ ይድምሰስ
support-mydata-held = • ገና ናብ ሰብ ክትልእኽዎ እትኽእሉ ናይ ድምጺ መልእኽቲ፡ ድሕሪ { $minutes } ደቒቕ ይድምሰስ

# To the household's coach: which member (never a name) and what kind of message did not arrive.
undelivered-notice = ⚠️ <b>{ $label }</b>፡ ኣባል { $position } ({ $language }) ክርከብ ኣይከኣለን፡ ዘይበጽሖ፡ { $what }። ነቲ ስድራ ብኣካል ርኣይዎ።
# To the coordinators, when a coach could not be reached.
undelivered-staff-notice = ⚠️ { $name } ክርከብ ኣይከኣለን፡ ዘይበጽሖ፡ { $what }።
# Added to the 'member cannot be reached' notice: what did not arrive.
undelivered-what-line = ዘይበጽሐ፡ { $what }
undelivered-what-appointment = ብዛዕባ ቆጸራ መልእኽቲ
undelivered-what-request = ብዛዕባ ሕቶ ሓገዝ መልእኽቲ
undelivered-what-message = ካብ ኮች መልእኽቲ
undelivered-what-notice = ካብቲ ቦት ሓበሬታ
