# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Mituna oyo bakomi: bot elukaka lokasa oyo etalamaki oyo epesi eyano; ekomaka ata mokolo moko te eyano na yango moko.
# HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.

questions-did-it-help = Yango epesi eyano na motuna na bino?
questions-yes = 👍 Iyo
questions-no = 👎 Te
questions-thanks =
    Matondo. Bokoki kokoma motuna mosusu ntango nyonso, to kokoma /menu.
questions-choose =
    Makambo ebele ekoki kopesa eyano na motuna na bino.
    Bopona oyo bolingi kofungola.
questions-not-found =
    Namoni eyano na motuna na bino te na ba informations oyo etalamaki.
    Nalingi koyebisa bino yango, na esika ya kokanisa eyano.
questions-not-helped =
    Bolimbisa, lokasa oyo epesaki eyano na motuna na bino te.
    Nazali na eyano mosusu oyo etalamaki te.
questions-coach-offer =
    Coach na bino akoki mpe kosalisa bino: botuna ye motuna yango ntango bokomona ye.
    Bokoki mpe kotindela ye motuna na bino na nzela ya bot oyo: bofina « 📨 Tinda motuna na ngai epai ya coach na ngai ». Liboso ya kotinda, bokomona nani akotanga yango; eloko moko te ekokende soki bondimi te.
    Coach asalaka mpo na Office des Étrangers. Mpo na komibatela na bino (défense), bosolola na avocat na bino.

    To bopona likambo moko awa na se:
