# Names several areas of the page use.

## Glossary: the page's core nouns, one word per thing. Every message and
## every lesson text that names one of these things calls its term, never
## the word written out, so the lot, the panels and the lessons say the
## same word. Parameters (each optional; the default is the first listed):
##   def: "no" | "yes"  the bare noun, or the noun with ال (الصندوق).
##   number: "one" | "two" | "plural"  singular, dual (صندوقان), plural
##     (صناديق, the form after 3 to 10).
##   case: "nom" | "acc" | "gen"  the dual's ـان (nom) or ـين (acc, gen);
##     the indefinite singular's tanween in acc (صندوقًا, the form after 11
##     to 99: { $n } { -box(case: "acc") }).
##   form: "free" | "bound"  bound: the stem a pronoun suffix is written on
##     or the dual as the first noun of a construct (محطت+ها = محطتها,
##     مؤقِّتا المحطتين).
## A term's "Not:" line lists words no message may use for it.
## A count selects on the CLDR categories zero, one, two, few, many, other
## in the message and calls the term with literal arguments in each
## variant: [one] { -box } واحد, [two] { -box(number: "two") },
## [few] { $n } { -box(number: "plural") }, [many] { $n } { -box(case: "acc") },
## *[other] { $n } { -box }. No ل before a term with def: "yes" (it would
## write لال): use إلى or another preposition.

# The parking lot where the stations stand. def.
# Not: الموقف
-lot = { $def ->
       *[no] موقف سيارات
        [yes] موقف السيارات
    }
# A vaccination station (a booth labelled "المحطة 1"); feminine. def, number, case, form.
# Not: كشك
-station = { $def ->
       *[no] { $number ->
           *[one] { $form ->
               *[free] { $case ->
                   *[nom] محطة
                    [acc] محطةً
                    [gen] محطة
                }
                [bound] محطت
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] محطتان
                    [acc] محطتين
                    [gen] محطتين
                }
                [bound] { $case ->
                   *[nom] محطتا
                    [acc] محطتي
                    [gen] محطتي
                }
            }
            [plural] محطات
        }
        [yes] { $number ->
           *[one] المحطة
            [two] { $case ->
               *[nom] المحطتان
                [acc] المحطتين
                [gen] المحطتين
            }
            [plural] المحطات
        }
    }
# A box of doses handed to a station, the unit of work; masculine. def, number, case, form.
# Not: علبة, علب
-box = { $def ->
       *[no] { $number ->
           *[one] { $case ->
               *[nom] صندوق
                [acc] صندوقًا
                [gen] صندوق
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] صندوقان
                    [acc] صندوقين
                    [gen] صندوقين
                }
                [bound] { $case ->
                   *[nom] صندوقا
                    [acc] صندوقي
                    [gen] صندوقي
                }
            }
            [plural] صناديق
        }
        [yes] { $number ->
           *[one] الصندوق
            [two] { $case ->
               *[nom] الصندوقان
                [acc] الصندوقين
                [gen] الصندوقين
            }
            [plural] الصناديق
        }
    }
# Where the boxes wait to be handed out; masculine. def, case.
# Not: مخزن
-depot = { $def ->
       *[no] { $case ->
           *[nom] مستودع
            [acc] مستودعًا
            [gen] مستودع
        }
        [yes] المستودع
    }
# One dose in a box; feminine. def, number, case, form.
-dose = { $def ->
       *[no] { $number ->
           *[one] { $form ->
               *[free] { $case ->
                   *[nom] جرعة
                    [acc] جرعةً
                    [gen] جرعة
                }
                [bound] جرعت
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] جرعتان
                    [acc] جرعتين
                    [gen] جرعتين
                }
                [bound] { $case ->
                   *[nom] جرعتا
                    [acc] جرعتي
                    [gen] جرعتي
                }
            }
            [plural] جرعات
        }
        [yes] { $number ->
           *[one] الجرعة
            [two] { $case ->
               *[nom] الجرعتان
                [acc] الجرعتين
                [gen] الجرعتين
            }
            [plural] الجرعات
        }
    }
# Giving one dose (the time a station takes: "0.2 ث للحقنة"); feminine. def, number, case, form.
# Not: حقنات
-shot = { $def ->
       *[no] { $number ->
           *[one] { $form ->
               *[free] { $case ->
                   *[nom] حقنة
                    [acc] حقنةً
                    [gen] حقنة
                }
                [bound] حقنت
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] حقنتان
                    [acc] حقنتين
                    [gen] حقنتين
                }
                [bound] { $case ->
                   *[nom] حقنتا
                    [acc] حقنتي
                    [gen] حقنتي
                }
            }
            [plural] حقن
        }
        [yes] { $number ->
           *[one] الحقنة
            [two] { $case ->
               *[nom] الحقنتان
                [acc] الحقنتين
                [gen] الحقنتين
            }
            [plural] الحقن
        }
    }
# An async task (a station's task, the supervisor's task); feminine. def, number, case, form.
-task = { $def ->
       *[no] { $number ->
           *[one] { $form ->
               *[free] { $case ->
                   *[nom] مهمة
                    [acc] مهمةً
                    [gen] مهمة
                }
                [bound] مهمت
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] مهمتان
                    [acc] مهمتين
                    [gen] مهمتين
                }
                [bound] { $case ->
                   *[nom] مهمتا
                    [acc] مهمتي
                    [gen] مهمتي
                }
            }
            [plural] مهام
        }
        [yes] { $number ->
           *[one] المهمة
            [two] { $case ->
               *[nom] المهمتان
                [acc] المهمتين
                [gen] المهمتين
            }
            [plural] المهام
        }
    }
# The supervisor, which waits for the stations' tasks and restarts them; masculine. def, number (one, plural), case.
# Not: المراقب
-supervisor = { $def ->
       *[no] { $number ->
           *[one] { $case ->
               *[nom] مشرف
                [acc] مشرفًا
                [gen] مشرف
            }
            [plural] { $case ->
               *[nom] مشرفون
                [acc] مشرفين
                [gen] مشرفين
            }
        }
        [yes] { $number ->
           *[one] المشرف
            [plural] { $case ->
               *[nom] المشرفون
                [acc] المشرفين
                [gen] المشرفين
            }
        }
    }
# The executor: the panel "المنفِّذ", Rust's name for what polls the tasks; masculine. def, case.
# Not: منفّذ
-executor = { $def ->
       *[no] { $case ->
           *[nom] منفِّذ
            [acc] منفِّذًا
            [gen] منفِّذ
        }
        [yes] المنفِّذ
    }
# The task inspector panel. def.
# Not: مفتّش, مفتش, مفتِّش
-inspector = { $def ->
       *[no] فاحص مهام
        [yes] فاحص المهام
    }
# asyncio's event loop. def.
# Not: حلقة الحدث
-event-loop = { $def ->
       *[no] حلقة أحداث
        [yes] حلقة الأحداث
    }
# The one thread everything runs on; masculine. def, case.
-thread = { $def ->
       *[no] { $case ->
           *[nom] خيط
            [acc] خيطًا
            [gen] خيط
        }
        [yes] الخيط
    }
# A timer: an entry in the clock's queue that wakes a task at its deadline; masculine. def, number, case, form.
# Not: مؤقّت
-timer = { $def ->
       *[no] { $number ->
           *[one] { $case ->
               *[nom] مؤقِّت
                [acc] مؤقِّتًا
                [gen] مؤقِّت
            }
            [two] { $form ->
               *[free] { $case ->
                   *[nom] مؤقِّتان
                    [acc] مؤقِّتين
                    [gen] مؤقِّتين
                }
                [bound] { $case ->
                   *[nom] مؤقِّتا
                    [acc] مؤقِّتي
                    [gen] مؤقِّتي
                }
            }
            [plural] مؤقِّتات
        }
        [yes] { $number ->
           *[one] المؤقِّت
            [two] { $case ->
               *[nom] المؤقِّتان
                [acc] المؤقِّتين
                [gen] المؤقِّتين
            }
            [plural] المؤقِّتات
        }
    }
# The ready queue: tasks woken, waiting their turn on the thread. def.
-ready-queue = { $def ->
       *[no] طابور مهام جاهزة
        [yes] طابور المهام الجاهزة
    }
# The timer queue, in deadline order. def.
-timer-queue = { $def ->
       *[no] طابور مؤقِّتات
        [yes] طابور المؤقِّتات
    }
# The set of tasks the supervisor awaits. def.
-awaited-set = { $def ->
       *[no] مجموعة منتظَرة
        [yes] المجموعة المنتظَرة
    }

## The document's title (the browser's tab).

page-title = التطعيم في { -lot(def: "yes") }: { -task(number: "plural") } غير متزامنة على { -thread } واحد

## The supervisor's policies. FIRST_COMPLETED and ALL_COMPLETED are
## asyncio's constants; TaskGroup, Semaphore and Queue its class names.

policy-first = FIRST_COMPLETED
policy-all = ALL_COMPLETED
policy-queue = طابور الاكتمال
policy-article = حلقة المقال
policy-taskgroup = TaskGroup + Semaphore
policy-workers = عمّال + Queue

## The teaching panels below the lot, as the share dialog lists them.

panel-executor = { -executor(def: "yes") }
panel-inspector = { -inspector(def: "yes") }
panel-charts = الرسوم البيانية
panel-code = الشيفرة
