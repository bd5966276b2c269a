"""Date expressions: a table of sentences written for these tests, each with the one date
it holds, its value and precision; expressions that are not dates; the article's date
from a dateline; and a run over a sample of the shared corpus."""
from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from marsad.annotate import dates
from marsad.model import Document
from marsad.pipeline import prepare

# Wednesday 18 October 2023 (3 Rabi' al-Akhir 1445)
PUB = "2023-10-18"

# (sentence, value, precision): each sentence holds exactly one date expression.
CASES = [
    # Gregorian with a year, Egyptian/Gulf month names
    ("وقع الانفجار في 4 أغسطس 2020 في مرفأ بيروت", "2020-08-04", "day"),
    ("بدأت العملية في 24 فبراير 2022 فجرا", "2022-02-24", "day"),
    ("اندلعت الاحتجاجات في 25 يناير 2011 في القاهرة", "2011-01-25", "day"),
    ("خرجت مظاهرات حاشدة في 30 يونيه 2013", "2013-06-30", "day"),
    ("قامت الثورة في 23 يوليه 1952", "1952-07-23", "day"),
    ("دعا العمال إلى الإضراب في 6 إبريل 2008", "2008-04-06", "day"),
    ("تأسست الأمم المتحدة في 24 أكتوبر 1945", "1945-10-24", "day"),
    ("أعلنت النتائج في 10 اكتوبر 2022", "2022-10-10", "day"),
    ("وقعت الهجمات في 11 سبتمبر 2001", "2001-09-11", "day"),
    ("سقط الجدار في 9 نوفمبر 1989", "1989-11-09", "day"),
    ("انتهى العام في 31 ديسمبر 2020 بلا اتفاق", "2020-12-31", "day"),
    ("أعلن القرار في 3 مارس، 2020 بعد اجتماع", "2020-03-03", "day"),
    ("صدر الحكم في 10 أبريل عام 2019", "2019-04-10", "day"),
    ("وصل الوفد في 5 أغسطس 2015م إلى الرياض", "2015-08-05", "day"),
    ("عقدت القمة في 9 من مايو 2021", "2021-05-09", "day"),
    ("انطلقت الحملة يوم 5 يناير 2019", "2019-01-05", "day"),
    # two names for one month, in either order and with any separator
    ("جرت الانتخابات في 12 مارس/آذار 2024", "2024-03-12", "day"),
    ("جرت الانتخابات في 12 آذار/مارس 2024", "2024-03-12", "day"),
    ("أقيم الحفل في 3 حزيران (يونيو) 2021", "2021-06-03", "day"),
    ("أقيم الحفل في 3 يونيو (حزيران) 2021", "2021-06-03", "day"),
    ("شنت الحركة هجومها في 7 تشرين الأول/أكتوبر 2023", "2023-10-07", "day"),
    ("شنت الحركة هجومها في 7 أكتوبر/تشرين الأول 2023", "2023-10-07", "day"),
    ("صدر البيان في 23 مايو/ أيار 2017", "2017-05-23", "day"),
    ("قدمت الاستقالة في 4 نوفمبر - تشرين الثاني 2017", "2017-11-04", "day"),
    # Levantine and Iraqi names
    ("بدأ العام الدراسي في 1 كانون الثاني 2020", "2020-01-01", "day"),
    ("احتفلت المدينة بالعيد في 25 كانون الأول 2019", "2019-12-25", "day"),
    ("وقعت الهدنة في 11 تشرين الثاني 1918", "1918-11-11", "day"),
    ("افتتح المعرض في 9 أيلول 2001", "2001-09-09", "day"),
    ("قامت الثورة في 14 تموز 1958", "1958-07-14", "day"),
    ("عقد المؤتمر في 15 نيسان 2023", "2023-04-15", "day"),
    ("أعدم المناضلون في 6 أيار 1916", "1916-05-06", "day"),
    ("أقر البرلمان القانون في 22 شباط 2019", "2019-02-22", "day"),
    ("غادرت القوات المطار في 30 آب 2021", "2021-08-30", "day"),
    ("وقع الزلزال في 6 شباط 2023 فجرا", "2023-02-06", "day"),
    ("تجدد القصف في 2 تشرين الأول 2016", "2016-10-02", "day"),
    ("عادت الطائرة في 6 أكتوبر/تشرين أول الجاري", "2023-10-06", "day"),
    ("انتهت المهلة في 15 كانون ثاني 2020", "2020-01-15", "day"),
    # Maghrebi names
    ("غادر الرئيس البلاد في 14 جانفي 2011", "2011-01-14", "day"),
    ("بدأ الحراك في 22 فيفري 2019", "2019-02-22", "day"),
    ("استقال الرئيس في 2 أفريل 2019", "2019-04-02", "day"),
    ("انتهت الحرب في أوروبا في 8 ماي 1945", "1945-05-08", "day"),
    ("قطعت العلاقات في 5 جوان 2017", "2017-06-05", "day"),
    ("استقلت البلاد في 5 جويلية 1962", "1962-07-05", "day"),
    ("اندلعت المعركة في 20 أوت 1955", "1955-08-20", "day"),
    ("اندلعت الثورة في 1 نونبر 1954", "1954-11-01", "day"),
    ("يحتفل المغرب بالذكرى في 16 غشت 2022", "2022-08-16", "day"),
    ("ضرب الزلزال الحوز في 8 شتنبر 2023", "2023-09-08", "day"),
    ("أغلقت الحدود في 31 دجنبر 2021", "2021-12-31", "day"),
    # Arabic-Indic and Persian digits
    ("بدأت الحرب في ٢٤ شباط ٢٠٢٢", "2022-02-24", "day"),
    ("أعلنت الدولة في ١٥ مايو ١٩٤٨", "1948-05-15", "day"),
    ("وصلت البعثة في ۱۰ سبتمبر ۲۰۲۰", "2020-09-10", "day"),
    ("صدر المرسوم بتاريخ ٢٤/٢/٢٠٢٢", "2022-02-24", "day"),
    # days written as ordinals
    ("احتفل الناس في التاسع من مايو 2021", "2021-05-09", "day"),
    ("يسري القرار اعتبارا من الأول من يناير 2024", "2024-01-01", "day"),
    ("وقعت الهجمات في الحادي عشر من سبتمبر 2001", "2001-09-11", "day"),
    ("احتفلت الكنائس في الخامس والعشرين من ديسمبر 2020", "2020-12-25", "day"),
    ("خرج المحتجون في الثلاثين من يونيو 2013", "2013-06-30", "day"),
    ("انتهت الألفية في الحادي والثلاثين من ديسمبر 1999", "1999-12-31", "day"),
    ("اجتمع المجلس في الثالث عشر من يونيو 2022", "2022-06-13", "day"),
    # a weekday before the date is part of the same expression
    ("عقد الاجتماع يوم الخميس 28 سبتمبر 2023 في جدة", "2023-09-28", "day"),
    ("وقعت الهجمات الجمعة، 13 نوفمبر 2015 في باريس", "2015-11-13", "day"),
    ("بدأ التصويت الأحد الموافق 5 مايو 2019", "2019-05-05", "day"),
    # without a year: the year around the article's date
    ("بدأت العملية في 24 فبراير وما زالت مستمرة", "2023-02-24", "day"),
    ("تعقد الجولة المقبلة في 5 يناير بحسب الوسطاء", "2024-01-05", "day"),
    ("انتهت المهلة في 12 آذار/مارس دون اتفاق", "2023-03-12", "day"),
    ("وقع الحادث يوم الـ9 من أكتوبر الجاري", "2023-10-09", "day"),
    ("تنتهي المهلة في 20 أكتوبر الجاري", "2023-10-20", "day"),
    ("زار الوزير المنطقة في 5 سبتمبر الماضي", "2023-09-05", "day"),
    ("احتفل المسيحيون في 25 ديسمبر الماضي", "2022-12-25", "day"),
    ("تجرى الانتخابات في 3 نوفمبر المقبل", "2023-11-03", "day"),
    ("يبدأ تطبيق القرار في 15 يناير المقبل", "2024-01-15", "day"),
    ("خرجت المسيرات في 14 فيفري الماضي", "2023-02-14", "day"),
    ("انطلق المهرجان في العشرين من أغسطس", "2023-08-20", "day"),
    ("يصادف العيد الأول من نوفمبر المقبل", "2023-11-01", "day"),
    ("أعلن الاتفاق في ٢ تموز", "2023-07-02", "day"),
    # month precision
    ("ارتفعت الأسعار في مارس 2022", "2022-03-01", "month"),
    ("اندلعت الانتفاضة في آذار/مارس 2011", "2011-03-01", "month"),
    ("وقعت المواجهات في مارس/آذار الماضي", "2023-03-01", "month"),
    ("عاد السفير في شهر مايو الماضي", "2023-05-01", "month"),
    ("تنطلق المفاوضات في يناير المقبل", "2024-01-01", "month"),
    ("يعقد المؤتمر في ديسمبر المقبل", "2023-12-01", "month"),
    ("ارتفع التضخم في أكتوبر الجاري", "2023-10-01", "month"),
    ("هدأت الجبهة في سبتمبر الماضي", "2023-09-01", "month"),
    ("تستمر الاحتجاجات منذ أبريل الماضي", "2023-04-01", "month"),
    ("ارتفعت الحرارة في شهر يوليو", "2023-07-01", "month"),
    ("هطلت الأمطار في مطلع يونيو", "2023-06-01", "month"),
    ("عاد اللاجئون في أواخر أغسطس", "2023-08-01", "month"),
    ("تعقد القمة في نوفمبر تشرين الثاني المقبل", "2023-11-01", "month"),
    ("احتلت الأرض في حزيران 1967", "1967-06-01", "month"),
    ("عاد اللاعب إلى ناديه في جويلية 2019", "2019-07-01", "month"),
    ("خرج الطلاب في ماي 2016", "2016-05-01", "month"),
    ("تراجعت الليرة في كانون الثاني/يناير الماضي", "2023-01-01", "month"),
    ("لم يسجل هدفا منذ أبريل عام 1985", "1985-04-01", "month"),
    ("ارتفع الإنتاج في فبراير/شباط", "2023-02-01", "month"),
    ("ستنطلق البطولة في فبراير", "2024-02-01", "month"),          # a future verb
    ("تراجعت الأسعار منتصف مايو بعد الأزمة", "2023-05-01", "month"),
    # numeric dates, day first
    ("صدر القرار بتاريخ 24/2/2022 عن المجلس", "2022-02-24", "day"),
    ("نشر الإعلان في 5-6-2019 في الجريدة", "2019-06-05", "day"),
    ("يبدأ التسجيل في 2023-10-07 صباحا", "2023-10-07", "day"),
    ("تنتهي الصلاحية في 31.12.2020 منتصف الليل", "2020-12-31", "day"),
    ("نشر الخبر في 2015/08/06 على الموقع", "2015-08-06", "day"),
    ("صدر التعميم بتاريخ 15/9/1445هـ", "2024-03-25", "day"),
    ("غادر الأمير جدة بتاريخ 30 / 9 / 1439هـ", "2018-06-14", "day"),
    ("عقد المجلس جلسته يوم 5 / 3 / 2021م", "2021-03-05", "day"),
    # years
    ("انضمت البلاد إلى الحلف عام 2004", "2004-01-01", "year"),
    ("تستهدف الخطة الوصول إلى الهدف في العام 2030", "2030-01-01", "year"),
    ("وقعت الحرب سنة 1967", "1967-01-01", "year"),
    ("تعيش البلاد أزمة منذ عام 2011", "2011-01-01", "year"),
    ("تأسست الشركة في 2019م", "2019-01-01", "year"),
    ("أعلنت الوزارة ميزانيتها لعام 2024", "2024-01-01", "year"),
    ("صدر الكتاب سنة 1420هـ", "1999-04-17", "year"),
    ("يبدأ العام الدراسي 1445هـ", "2023-07-19", "year"),
    ("تراجعت الصادرات منذ 2011، ثم استقرت", "2011-01-01", "year"),
    ("تعيش المدينة تحت الحصار منذ 2016 وحتى الآن", "2016-01-01", "year"),
    ("ارتفع الدين بين عامي 2010 ونهاية العقد", "2010-01-01", "year"),
    # Hijri
    ("بدأ الصيام في 1 رمضان 1445هـ", "2024-03-11", "day"),
    ("بدأ الصيام في 1 رمضان 1444 هـ", "2023-03-23", "day"),
    ("احتفل المسلمون بالعيد في 1 شوال 1445هـ", "2024-04-10", "day"),
    ("صعد الحجاج إلى عرفة في 9 ذي الحجة 1445هـ", "2024-06-15", "day"),
    ("عيد الأضحى يوم 10 ذو الحجة 1445 هـ", "2024-06-16", "day"),
    ("بدأت السنة الهجرية في 1 محرم 1445", "2023-07-19", "day"),
    ("صدر الأمر الملكي في 1 محرم 1446هـ", "2024-07-07", "day"),
    ("أقيمت الصلاة في 1 رمضان 1444هجري", "2023-03-23", "day"),
    ("اكتمل الهلال في رمضان 1445هـ", "2024-03-11", "month"),
    ("أحيا الشيعة ذكرى عاشوراء في 10 محرم", "2023-07-28", "day"),
    ("عاد الحجاج في الخامس من شوال", "2023-04-25", "day"),
    ("يبدأ الصيام في 1 رمضان المقبل", "2024-03-11", "day"),
    ("الخميس 28 شوال 1436هـ", "2015-08-13", "day"),
    # relative to the article's date (a Wednesday)
    ("أعلنت الوزارة اليوم أن المعبر سيفتح", "2023-10-18", "day"),
    ("قال الوزير اليوم الأربعاء إن المحادثات مستمرة", "2023-10-18", "day"),
    ("قال الوزير اليوم الثلاثاء إن المحادثات مستمرة", "2023-10-17", "day"),
    ("وصل الوفد أمس إلى العاصمة", "2023-10-17", "day"),
    ("وصل الوفد أمس الثلاثاء إلى العاصمة", "2023-10-17", "day"),
    ("وصل الوفد يوم أمس إلى العاصمة", "2023-10-17", "day"),
    ("ما حدث بالأمس لن يتكرر", "2023-10-17", "day"),
    ("هطلت الأمطار البارحة على المدينة", "2023-10-17", "day"),
    ("انتهت الجولة أول أمس دون نتيجة", "2023-10-16", "day"),
    ("انتهت الجولة أول من أمس دون نتيجة", "2023-10-16", "day"),
    ("انتهت الجولة أمس الأول دون نتيجة", "2023-10-16", "day"),
    ("يصل المبعوث غدا إلى المنطقة", "2023-10-19", "day"),
    ("يصل المبعوث غداً الخميس إلى المنطقة", "2023-10-19", "day"),
    ("تستأنف الجلسة بعد غد في المحكمة", "2023-10-20", "day"),
    ("تنطلق القافلة صباح الغد من العاصمة", "2023-10-19", "day"),
    ("اندلع الحريق مساء أمس في المصنع", "2023-10-17", "day"),
    ("شنت الطائرات غارات فجر اليوم على المدينة", "2023-10-18", "day"),
    ("استقبل الملك صباح اليوم الأربعاء الوفد", "2023-10-18", "day"),
    ("سمعت الانفجارات ليل أمس في الضاحية", "2023-10-17", "day"),
    ("هزت الانفجارات المدينة الليلة الماضية", "2023-10-17", "day"),
    ("اجتمع المجلس مساء الثلاثاء في مقره", "2023-10-17", "day"),
    ("زار الرئيس المدينة الثلاثاء الماضي", "2023-10-17", "day"),
    ("عقد الاجتماع الأربعاء الماضي", "2023-10-11", "day"),
    ("خرجت المظاهرات الأحد الماضي", "2023-10-15", "day"),
    ("تعقد الجولة الجمعة المقبلة", "2023-10-20", "day"),
    ("تجرى الانتخابات السبت المقبل", "2023-10-21", "day"),
    ("يبدأ الإضراب الاثنين المقبل", "2023-10-23", "day"),
    ("عقد الاجتماع يوم الخميس في الدوحة", "2023-10-12", "day"),
    ("سيعقد الاجتماع يوم الخميس في الدوحة", "2023-10-19", "day"),
    ("ستبدأ المحادثات السبت في القاهرة", "2023-10-21", "day"),
    ("قال الجيش إن العملية ستبدأ، الأحد، في الشمال", "2023-10-22", "day"),
    ("وقالت الوزارة، الأحد، إن القصف توقف", "2023-10-15", "day"),
    ("طلب الرئيس الأحد من الحكومة الاستقالة", "2023-10-15", "day"),
    ("خسر الفريق الجمعة أمام منافسه", "2023-10-13", "day"),
    ("وصل المبعوث صباح يوم الاثنين إلى بغداد", "2023-10-16", "day"),
    ("دوت الانفجارات ليلة السبت في المدينة", "2023-10-14", "day"),
    ("تراجعت الأسهم الأسبوع الماضي", "2023-10-09", "week"),
    ("يزور الرئيس الصين الأسبوع المقبل", "2023-10-23", "week"),
    ("تكثفت الاتصالات هذا الأسبوع", "2023-10-16", "week"),
    ("ارتفعت الصادرات الشهر الماضي", "2023-09-01", "month"),
    ("تبدأ المرحلة الثانية الشهر المقبل", "2023-11-01", "month"),
    ("تنتهي المهلة نهاية الشهر الجاري", "2023-10-01", "month"),
    ("انكمش الاقتصاد العام الماضي", "2022-01-01", "year"),
    ("تراجعت الصادرات في السنة الماضية", "2022-01-01", "year"),
    ("تجرى الانتخابات العام المقبل", "2024-01-01", "year"),
    ("ارتفعت الأسعار هذا العام", "2023-01-01", "year"),
    ("تضاعف العجز خلال العام الحالي", "2023-01-01", "year"),
    ("اعتقل الصحفي منذ ثلاثة أيام", "2023-10-15", "day"),
    ("وصلت السفينة قبل يومين", "2023-10-16", "day"),
    ("انقطعت الكهرباء منذ 5 أيام", "2023-10-13", "day"),
    ("انقطعت الكهرباء منذ ٣ أيام", "2023-10-15", "day"),
    ("زار الوفد المخيم قبل أسبوع", "2023-10-11", "day"),
    ("بدأ الحصار منذ أسبوعين", "2023-10-04", "day"),
    ("أعلن الاتفاق قبل شهر", "2023-09-01", "month"),
    ("توقفت الرواتب منذ ثلاثة أشهر", "2023-07-01", "month"),
    ("جرت الانتخابات قبل عامين", "2021-01-01", "year"),
    ("غادر البلاد منذ خمس سنوات", "2018-01-01", "year"),
    ("يصل الوفد بعد يومين", "2023-10-20", "day"),
    ("تنتهي المهلة بعد ثلاثة أسابيع", "2023-11-08", "day"),
    ("وقع الحادث يوم الـ9 من الشهر الجاري", "2023-10-09", "day"),
    ("تسلم مهامه في العاشر من الشهر الماضي", "2023-09-10", "day"),
    ("تنتهي فترة التسجيل في 25 الجاري", "2023-10-25", "day"),
    ("افتتح المعرض يوم الـ3 الحالي", "2023-10-03", "day"),
    ("افتتح المعرض البارحة الأولى في الرياض", "2023-10-16", "day"),   # the night before last
    # a future verb or a phrase of plans before a bare weekday points ahead
    ("قال المتحدث إن الوزير سينتقل يوم الجمعة إلى عمان", "2023-10-20", "day"),
    ("قال المحافظ إن البنك سيرفع الفائدة الخميس", "2023-10-19", "day"),
    ("ومن المقرر أن يصل الوفد الأحد إلى جنيف", "2023-10-22", "day"),
    ("وسوف تعلن اللجنة أسماء الفائزين السبت", "2023-10-21", "day"),
    # a weekday before a numeric date is one date with it
    ("عقدت الجمعية العمومية يوم الأحد الموافق 15/10/2023 في مقرها", "2023-10-15", "day"),
    ("نفذ الحكم اليوم الثلاثاء 2/4/1445هـ في المدينة", "2023-10-17", "day"),
    ("صدر العدد يوم الاثنين (الموافق 16/10/2023) من المجلة", "2023-10-16", "day"),
    ("يستمر المهرجان حتى غد الخميس في الطائف", "2023-10-19", "day"),
    # a number after the month that cannot be a year is an amount, not the month's year
    ("بلغت الخسائر خلال شهر يوليو، 2938 ألف ريال", "2023-07-01", "month"),
]

# Sentences with no date expression at all.
NOT_DATES = [
    "اختلف الرأي بين الاثنين حول الخطة",
    "أدى المصلون صلاة الجمعة في المسجد",
    "فاز الفريق 3 صفر على ضيفه",
    "وصل رجب طيب أردوغان إلى أنقرة",
    "مارس الضغط على الحكومة لسنوات",
    "سجل الرقم 45/13/2020 في الدفتر",
    "احتفلت المملكة باليوم الوطني السعودي",
    "يصادف اليوم العالمي للمرأة",
    "في اليوم التالي غادر الوفد",
    "غادر البلاد منذ سنوات",
    "عقد الاجتماع قبل يومين من الانتخابات",
    "اشترى سيارة نيسان جديدة",
    "قال أحد المسؤولين إن الوضع هادئ",
    "يستحق كلا الاثنين الجائزة",
    "يصوم المسلمون شهر رمضان المبارك",
    "سجل المؤشر 1.5 نقطة",
    "سجلت الوزارة في 2015 حالة إصابة",
    "نتطلع إلى الغد بثقة",
    "يبقى الفريق منافسها الأول الحالي على اللقب",
    "اتصل على الرقم 0501234567",
]

# Sentences whose one date expression is impossible: found, but with a null value.
NULL_VALUES = [
    ("كتب على الوثيقة 31 فبراير 2022", PUB),
    ("كتب على الوثيقة 30 فبراير", PUB),
    ("ادعى أنه ولد في 1 رمضان 1600هـ", PUB),
    ("وصل الوفد أمس إلى العاصمة", None),
    ("بدأت العملية في 24 فبراير", None),
    ("زار الرئيس المدينة الثلاثاء الماضي", None),
    ("ارتفعت الصادرات الشهر الماضي", None),
    ("اعتقل الصحفي منذ ثلاثة أيام", None),
]


def _dates(lexicon, text, published=PUB):
    return dates.annotate(prepare(Document(text=text, published=published), lexicon))


def test_table_is_large_enough():
    assert len(CASES) >= 150


def _reported(first_day, precision):
    """(value, period) the annotator reports for a date the table writes by its first day:
    a day is a value; a week, month or year names no day and is reported as its period."""
    if precision == "day" or first_day is None:
        return first_day, None
    if precision == "year":
        return None, first_day[:4]
    if precision == "month":
        return None, first_day[:7]
    year, week, _ = date.fromisoformat(first_day).isocalendar()
    return None, f"{year}-W{week:02d}"


@pytest.mark.parametrize("text,value,precision", CASES)
def test_date_expression(lexicon, text, value, precision):
    found = _dates(lexicon, text)
    assert [(d.value, d.period, d.precision) for d in found] == [(*_reported(value, precision), precision)], \
        [d.text for d in found]
    d = found[0]
    assert text[d.start:d.end] == d.text
    assert d.rule


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(lexicon, text):
    assert [d.text for d in _dates(lexicon, text)] == []


@pytest.mark.parametrize("text,published", NULL_VALUES)
def test_null_value(lexicon, text, published):
    found = _dates(lexicon, text, published)
    assert len(found) == 1 and found[0].value is None


def test_absolute_date_needs_no_article_date(lexicon):
    found = _dates(lexicon, "وقعت الهجمات في 11 سبتمبر 2001", None)
    assert [d.value for d in found] == ["2001-09-11"]


def test_spans_survive_diacritics_and_tatweel(lexicon):
    text = "وصلَ الوفدُ يومَ الـ٩ من مايـو ٢٠٢١ إلى العاصمة"
    [d] = _dates(lexicon, text)
    assert d.value == "2021-05-09"
    assert d.text == text[d.start:d.end] and d.text.startswith("يومَ") and d.text.endswith("٢٠٢١")


def test_a_month_after_another_month_is_a_date(lexicon):
    found = _dates(lexicon, "سجلت الشركة أرباحا في شهري يوليو وأغسطس")
    assert [(d.text, d.period) for d in found] == [("يوليو", "2023-07"), ("أغسطس", "2023-08")]


def test_two_days_share_their_modifier(lexicon):
    found = _dates(lexicon, "يعقد المؤتمر يومي الخميس والجمعة المقبلين")
    assert [d.value for d in found] == ["2023-10-19", "2023-10-20"]


def test_scheduled_event_in_the_present_tense_is_ahead(lexicon):
    """A bare weekday in a clause whose verb tells of a scheduled event in the present tense
    (يعقد، تنطلق، يستضيف) is the next such day; negated (لم تعقد) or after منذ it is past."""
    def value(text):
        [d] = _dates(lexicon, text)
        return d.value
    assert value("يعقد مجلس الجامعة اجتماعا طارئا الأحد في القاهرة") == "2023-10-22"
    assert value("تنطلق البطولة السبت في الدوحة") == "2023-10-21"
    assert value("يستضيف الفريق منافسه على ملعبه الجمعة") == "2023-10-20"
    assert value("قالت النقابة إنها لم تعقد أي اجتماع يوم السبت") == "2023-10-14"
    assert value("يزور الوفد العاصمة منذ الخميس") == "2023-10-12"


def test_an_event_takes_the_day_told_nearest_it(lexicon):
    from marsad.pipeline import analyze_document

    def days(text, kind):
        events = analyze_document(Document(text=text, published=PUB), lexicon).events
        return [e.date for e in events if e.type == kind]
    # the raid's own day, not the day of the statement that reports it
    assert days("قال الجيش، الأحد، إن طائراته قصفت في 12 أكتوبر مواقع المسلحين", "ASSAULT") == ["2023-10-12"]
    assert days("ذكرت الوكالة اليوم أن الشرطة اعتقلت الثلاثاء خمسة متظاهرين", "COERCE") == ["2023-10-17"]
    # a report's day stands for the act it reports when the act has none of its own
    assert days("أعلن المتحدث، الأحد، أن الطائرات قصفت مواقع المسلحين", "ASSAULT") == ["2023-10-15"]


def test_clitic_stays_outside_the_span(lexicon):
    [d] = _dates(lexicon, "وأمس أعلنت الوزارة النتائج")
    assert d.text == "أمس"


# ------------------------------------------------------------- the article's date

def _article_date(lexicon, text, published=None):
    return dates.article_date(prepare(Document(text=text, published=published), lexicon))


def test_metadata_date_wins(lexicon):
    assert _article_date(lexicon, "الرياض، 5 أغسطس 2015 (واس) - أعلنت", "2016-01-01") == "2016-01-01"


@pytest.mark.parametrize("text,expected", [
    ("الرياض، 5 أغسطس 2015 (واس) - أعلنت الوزارة عن خطة جديدة", "2015-08-05"),
    ("القاهرة - الأربعاء 3 يناير 2018 - أعلنت الحكومة", "2018-01-03"),
    ("بغداد - 12/4/2019 - قال المتحدث", "2019-04-12"),
    # agency style: no mark between place and date, the Hijri date with its Gregorian twin
    ("جدة 3 رمضان 1445 هـ الموافق 13 مارس 2024 م واس\nأعلنت الهيئة عن موعد الصلاة", "2024-03-13"),
    ("مكة المكرمة 12 يناير 2019\nوصل الحجاج إلى المشاعر", "2019-01-12"),
    # no year in the dateline: the year that puts it on or after the latest date written
    ("بيروت - 12 آذار/مارس (رويترز) - قال مسؤول إن الهجوم وقع في 3 مارس 2023.", "2023-03-12"),
    ("عمان - 2 يناير (بترا) - قال الوزير إن الاتفاق وقع في 28 ديسمبر 2021.", "2022-01-02"),
    # no year anywhere: unknown rather than guessed
    ("بيروت - 12 آذار/مارس (رويترز) - قال مسؤول", None),
    # a date inside the first sentence is not a dateline
    ("قال الوزير في 12 مارس 2020، إن الحكومة ستستقيل", None),
    ("دمشق (سانا) - قال المتحدث", None),
])
def test_article_date_from_dateline(lexicon, text, expected):
    assert _article_date(lexicon, text) == expected


def test_pipeline_uses_the_dateline(lexicon):
    from marsad.pipeline import analyze_document
    art = analyze_document(Document(text="الرياض، 5 أغسطس 2015 (واس) - وصل الوفد أمس إلى جدة."), lexicon)
    assert art.published == "2015-08-05"
    assert "2015-08-04" in [d.value for d in art.dates]


# ------------------------------------------------------------- the shared corpus

def test_corpus_sample_resolves_or_stays_null(shared, lexicon):
    """300 real articles: no exception, every value a real date, every span exact."""
    lines = []
    for name in ("ant_sample.jsonl", "saudinewsnet_sample.jsonl"):
        with open(shared / "corpus" / name, encoding="utf-8") as fh:
            lines.extend(fh)
    random.Random(5).shuffle(lines)
    found = 0
    for line in lines[:300]:
        rec = json.loads(line)
        published = (rec.get("date_extracted") or "")[:10] or None
        for d in _dates(lexicon, rec["text"], published):
            found += 1
            assert rec["text"][d.start:d.end] == d.text
            assert d.precision in ("day", "week", "month", "year")
            if d.value is not None:
                parsed = date.fromisoformat(d.value)
                assert 1000 <= parsed.year <= 2300
    assert found > 100


# ------------------------------------------------------------- robustness

_PIECES = ["في", "يوم", "الـ", "من", "عام", "منذ", "قبل", "بعد", "أمس", "اليوم", "غدا", "مساء",
           "الماضي", "المقبل", "الجاري", "الثلاثاء", "الأحد", "مارس", "آذار", "شباط", "رمضان",
           "صفر", "ذو الحجة", "هـ", "م", "/", "-", ".", "،", "(", ")", "0", "00", "31", "29", "13",
           "45", "1445", "1600", "2024", "9999", "٢٤", "ثلاثة", "أيام", "يومين", "سنوات", "الموافق"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([None, "2024-02-29", "1999-12-31"]))
def test_any_mix_of_date_words_gives_valid_dates(lexicon, pieces, published):
    text = " ".join(pieces)
    for d in _dates(lexicon, text, published):
        assert text[d.start:d.end] == d.text and d.text.strip() == d.text
        if d.value is not None:
            date.fromisoformat(d.value)


def test_lead_sentence_saying_today_with_a_full_date_gives_the_article_date():
    from marsad.model import Document
    from marsad.pipeline import analyze_document

    art = analyze_document(Document(
        text="نيويورك - صوت البرلمان، اليوم الخميس 14 نوفمبر 2024، على الميزانية. وكان قد ناقشها أمس."))
    assert art.published == "2024-11-14"
    assert ("أمس", "2024-11-13") in [(d.text, d.value) for d in art.dates]
    # "today" without a written date, and no dateline: the date stays unknown
    art = analyze_document(Document(text="أعلنت الحكومة اليوم الخميس خطة جديدة للنقل."))
    assert art.published is None


def test_after_n_counts_from_the_date_just_told(lexicon):
    found = _dates(lexicon, "وفي 3 مارس 2019 وصل الوفد إلى المدينة، وبعد يومين غادرها.")
    assert [(d.text, d.value) for d in found] == [("3 مارس 2019", "2019-03-03"), ("بعد يومين", "2019-03-05")]
    # with no date told before it, "بعد" counts from the article's date
    [d] = _dates(lexicon, "وقال إنه سيعود إلى بلاده بعد أسبوع.")
    assert d.text == "بعد أسبوع" and d.value == (date.fromisoformat(PUB) + timedelta(days=7)).isoformat()


def test_the_same_day_is_not_today(lexicon):
    assert _dates(lexicon, "وفي اليوم نفسه، حرر الجيش القرية.") == []


def test_only_a_day_is_a_value_and_a_coarser_date_is_a_period(lexicon):
    found = _dates(lexicon, "بدأت الخطة عام 2014 وتوسعت الشهر الماضي ثم في 3 أكتوبر", "2023-10-18")
    assert [(d.text, d.value, d.period) for d in found] == [
        ("عام 2014", None, "2014"), ("الشهر الماضي", None, "2023-09"), ("3 أكتوبر", "2023-10-03", None)]
