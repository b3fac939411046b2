# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Right to left: start every line with a Farsi word, never with a Latin word or a /command.

questions-did-it-help = آیا این به پرسش شما پاسخ داد؟
questions-yes = 👍 بله
questions-no = 👎 نه
questions-thanks =
    سپاس. هر وقت خواستید می‌توانید پرسش دیگری بنویسید، یا /menu را بنویسید.
questions-choose =
    چند موضوع ممکن است به پرسش شما پاسخ دهد.
    کدام را می‌خواهید باز کنید؟
questions-not-found =
    در اطلاعات بررسی‌شده پاسخی برای پرسش شما پیدا نکردم.
    ترجیح می‌دهم این را به شما بگویم تا اینکه حدس بزنم.
questions-not-helped =
    ببخشید، این صفحه به پرسش شما پاسخ نداد.
    پاسخ بررسی‌شده دیگری ندارم.
questions-coach-offer =
    مربی شما هم می‌تواند کمک کند: وقتی او را می‌بینید از او بپرسید.
    به‌زودی می‌توانید پرسش خود را از راه این ربات برای مربی بفرستید.
    مربی برای اداره مهاجرت کار می‌کند. برای دفاع از خود، با وکیلتان صحبت کنید.

    یا یک موضوع را در پایین انتخاب کنید:
