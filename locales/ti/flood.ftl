# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = ብዙሕ መልእኽትታት ብቕልጡፍ ትሰዱ ኣለኹም። ኩሎም ከንብቦም እየ፡ ቁሩብ ጸኒሐ ድማ ክምልሰልኩም እየ። በጃኹም ቁሩብ ቀስ ኢልኩም ጸሓፉ።
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = ነቶም ሓደ ድሕሪ ሓደ ዝሰደድኩምዎም መልእኽትታት ኩሎም ኣንቢበዮም። እዚ ንናይ መወዳእታ መልሲ እዩ።
