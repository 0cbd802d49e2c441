"""Date phrases resolve against the post date at the precision the text gives."""

import datetime as dt

import pytest

from pelican_celebmeta.core.dates import find_dates

POSTED = dt.date(2024, 2, 14)  # a Wednesday


def resolve(text: str, today: dt.date = POSTED) -> list[tuple[str, str]]:
    return [(d.date.value, d.date.precision) for d in find_dates(text, 0, len(text), today)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they met last December", [("2023-12", "month")]),
        ("at a party in December last year", [("2023-12", "month")]),
        ("earlier this month", [("2024-02", "month")]),
        ("two weeks ago", [("2024-01-31", "day")]),
        ("on Saturday", [("2024-02-10", "day")]),
        ("got divorced in 2022", [("2022", "year")]),
        ("dating since last year", [("2023", "year")]),
        ("they wed on 3 March", [("2023-03-03", "day")]),
        ("the wedding will be on 3 March", [("2024-03-03", "day")]),
        ("on June 14, 2024", [("2024-06-14", "day")]),
        ("the 3rd of March 2023", [("2023-03-03", "day")]),
        ("next spring", [("2024", "year")]),
        ("they met at Christmas", [("2023-12-25", "day")]),
        ("engaged over New Year", [("2023-12", "month")]),
        ("a date on Valentine's Day", [("2024-02-14", "day")]),
        ("a party at Halloween", [("2023-10-31", "day")]),
        ("at Thanksgiving", [("2023-11-23", "day")]),
        ("they will marry at Christmas", [("2024-12-25", "day")]),
        ("on New Year’s Eve 2019", [("2019-12-31", "day")]),
        ("her Christmas single", []),
        ("at a hearing Monday", [("2024-02-12", "day")]),
        ("their reception on 20 February", [("2024-02-20", "day")]),
        ("their reception on 20 March", [("2023-03-20", "day")]),
        ("at Thursday's hearing", [("2024-02-08", "day")]),
        ("they will meet Friday", [("2024-02-16", "day")]),
        ("on Saturday Night Live", []),
        ("the Friday night show", []),
        ("back in March 2021", [("2021-03", "month")]),
        ("last February", [("2023-02", "month")]),
        ("a concert last Feb. 3 at the Coliseum", [("2024-02-03", "day")]),
        ("wed last February 20", [("2023-02-20", "day")]),
        ("met last January 5", [("2024-01-05", "day")]),
        ("will perform next February 20", [("2024-02-20", "day")]),
        ("will perform this March 3", [("2024-03-03", "day")]),
        ("last May 5, 2019", [("2019-05-05", "day")]),
        ("three days ago", [("2024-02-11", "day")]),
        ("yesterday", [("2024-02-13", "day")]),
        ("held at the stadium last evening", [("2024-02-13", "day")]),
        ("US actor Will Smith arrived on Thursday", [("2024-02-08", "day")]),
        ("a judge scheduled it after she missed a date in May", [("2023-05", "month")]),
        ("the hearing scheduled for Thursday", [("2024-02-15", "day")]),
        ("Judge Ann Wu scheduled a sentencing hearing for March 5", [("2024-03-05", "day")]),
        ("Taylor Swift Will Perform at Wembley on Saturday", [("2024-02-17", "day")]),
        ("on the last evening of the festival", []),
        ("she gave birth in LA last night", [("2024-02-13", "day")]),
        ("last month", [("2024-01", "month")]),
        ("six months ago", [("2023-08", "month")]),
        ("twenty yrs ago today", [("2004-02-14", "day")]),
        ("thirty years ago", [("1994", "year")]),
        ("on Wednesday night", [("2024-02-14", "day")]),
        ("last Wednesday", [("2024-02-07", "day")]),
        ("born on 23.7.2022.", [("2022-07-23", "day")]),
        ("the month of June began with a split", [("2023-06", "month")]),
        ("born on 7.8.2022", [("2022-08-07", "day")]),
        ("they will marry on 1.3.2024.", [("2024-03-01", "day")]),
    ],
)
def test_phrase_resolves(text, expected):
    assert resolve(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Elsina Khayrova, who is 36, is happy",
        "Tom Cruise, currently 61, at a party",
        "the 61-year-old star",
        "a £2,000,000 apartment",
        "home by 10pm",
        "she owns 2022 handbags",
        "a few weeks ago",
        "recently",
        "version 1.2.2023.4 of the app",
        "9.6.20 million views",
    ],
)
def test_not_a_date(text):
    assert resolve(text) == []


def test_next_spring_late_in_the_year_is_next_year():
    assert resolve("next spring", dt.date(2024, 11, 2)) == [("2025", "year")]


def test_year_stays_a_year_not_a_day():
    [(value, precision)] = resolve("in 2022")
    assert (value, precision) == ("2022", "year")


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("they were seen at the weekend", POSTED, [("2024-02", "month")]),
        ("they will wed next weekend", POSTED, [("2024-02", "month")]),
        ("she split from him last week", POSTED, [("2024-02", "month")]),
        ("earlier this week", dt.date(2024, 3, 1), []),  # the week ran over two months
    ],
)
def test_a_weekend_or_a_week_is_the_month_it_fell_in(text, today, expected):
    assert resolve(text, today) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("they wed this past weekend", dt.date(2024, 3, 6), [("2024-03", "month")]),
        ("they wed last weekend", POSTED, [("2024-02", "month")]),
        ("they wed over the weekend", POSTED, [("2024-02", "month")]),
        # Saturday 2 March and Sunday 3 March, seen from a Monday: one month still
        ("they wed over the weekend", dt.date(2024, 3, 4), [("2024-03", "month")]),
        # Saturday 29 February and Sunday 1 March 2020: no one month holds it
        ("they wed last weekend", dt.date(2020, 3, 4), []),
    ],
)
def test_the_weekend_just_gone_is_the_month_it_fell_in(text, today, expected):
    assert resolve(text, today) == expected


def test_a_listicles_year_line_is_a_year_and_older_years_are_read():
    assert resolve("2009: Sana and Fakhar Imam") == [("2009", "year")]
    assert resolve("born in Paris on August 2, 1754") == [("1754-08-02", "day")]


def test_time_counted_on_from_the_date_before():
    text = (
        "They met in 2010, started dating the following year, and three years later "
        "their son was born. In May 2015 he left; a month later they split."
    )
    assert resolve(text) == [
        ("2010", "year"),
        ("2011", "year"),
        ("2014", "year"),
        ("2015-05", "month"),
        ("2015-06", "month"),
    ]


def test_the_following_year_may_lose_its_article():
    assert resolve("They met in March 2016 and tied the knot following year.") == [
        ("2016-03", "month"),
        ("2017", "year"),
    ]


def test_time_counted_on_from_nothing_is_no_date():
    assert resolve("Three years later their son was born.") == []
    assert resolve("In 2014, and two months later, they wed.") == [("2014", "year")]


def test_a_near_day_with_a_day_beside_it_is_that_day():
    # a post quotes one written the day before: its "yesterday" is the day it names
    assert resolve("Yesterday, February 12th at 1:51pm, our lives changed.") == [
        ("2024-02-12", "day")
    ]
    assert resolve("Yesterday, the couple wed; on February 2 they met.") == [
        ("2024-02-13", "day"),
        ("2024-02-02", "day"),
    ]


def test_days_and_weeks_counted_on_from_a_day():
    text = (
        "They met on 3 March 2023; the next day they dined, two days later they flew out, "
        "and a week later they married, a week after the engagement party."
    )
    assert resolve(text) == [
        ("2023-03-03", "day"),
        ("2023-03-04", "day"),
        ("2023-03-06", "day"),
        ("2023-03-13", "day"),
        ("2023-03-06", "day"),
    ]


def test_an_uncounted_week_or_days_after_a_day_give_no_day():
    # "the following week" names no day of it, "the next days" none either
    assert resolve("They met on 3 March 2023 and the following week they married.") == [
        ("2023-03-03", "day")
    ]
    assert resolve("They met on 3 March 2023 and in the next days they dined.") == [
        ("2023-03-03", "day")
    ]


def test_a_near_day_keeps_its_day_when_a_new_clause_follows_the_comma():
    assert resolve("She flew in yesterday, February 12 was the rehearsal.") == [
        ("2024-02-13", "day"),
        ("2024-02-12", "day"),
    ]


def test_days_counted_on_from_a_month_are_no_date():
    assert resolve("In May 2015 they married, and the next day flew out.") == [("2015-05", "month")]


def test_time_counted_on_from_the_sentence_before():
    from pelican_celebmeta.core import extract

    facts = extract(
        "<p>Singer Nia Holt met actor Tom Reed in 2015. Two years later, they married.</p>",
        "2024-02-14",
    )
    assert [(e.type, e.date.value) for e in facts.events] == [("wedding", "2017")]


def test_a_rule_is_skipped_only_where_it_cannot_match():
    # find_dates skips a rule when the chunk lacks what the rule needs (a month's
    # name, a digit, "ago"): over real text, no skipped rule would have matched.
    from regex_samples import real_text_lines

    from pelican_celebmeta.core.dates import _NEEDS, _RULES, _holds

    lines = [
        "We met on the 3rd of March 2021, and again last Christmas Eve.",
        "Two weeks ago, THIS MONTH, earlier this year, in the summer of 2019.",
    ]
    lines += real_text_lines()
    checked = 0
    for line in lines:
        holds = _holds(line)
        for pattern, rule in _RULES:
            if pattern.search(line):
                checked += 1
                assert holds.issuperset(_NEEDS[rule]), (rule, line[:80])
    assert checked > 500


def test_letters_that_fold_to_ascii_read_as_the_rules_read_them():
    # "ı" matches "i" under IGNORECASE: the rules are all tried, as if it were an "i".
    assert resolve("they marry later thıs year") == resolve("they marry later this year")
    assert resolve("a party thıs evening") == [("2024-02-14", "day")]


def test_a_month_that_year_is_of_the_year_told_before():
    assert resolve("They met in 2019 and wed in June of that year.") == [
        ("2019", "year"),
        ("2019-06", "month"),
    ]
    assert resolve("He proposed on June 26, 2021 and they wed on Oct 19 that year.") == [
        ("2021-06-26", "day"),
        ("2021-10-19", "day"),
    ]


def test_a_weekday_beside_the_day_it_names_is_not_a_second_date():
    assert resolve("The party was on Friday, February 2.") == [("2024-02-02", "day")]
    assert resolve("They did not act until Thursday (February 1).") == [("2024-02-01", "day")]


def test_a_day_told_beside_its_weekday_takes_no_second_weekday():
    # the day in one place, then in another: "(Sunday, February 11 in the US)"
    assert resolve("gathered on Monday, February 12 (Sunday, February 11 in the US)") == [
        ("2024-02-12", "day"),
        ("2024-02-11", "day"),
    ]


def test_a_weekday_to_come_that_is_the_posts_own_is_that_day():
    assert resolve("The wedding will be held on Wednesday.") == [("2024-02-14", "day")]
    assert resolve("The wedding will be held next Wednesday.") == [("2024-02-21", "day")]


def test_that_year_counts_from_nothing_before_it_and_not_inside_a_word():
    assert resolve("They married on June 3 that year, after meeting in 2015.") == [
        ("2023-06-03", "day"),
        ("2015", "year"),
    ]
    assert resolve("She said that year-long tour was hard.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She announced it back in May, three months after tying the knot",
            [("2023-05", "month"), ("2023-02", "month")],
        ),
        ("In 2019, two years after their split, they met", [("2019", "year"), ("2017", "year")]),
        ("In June, a month before the wedding", [("2023-06", "month"), ("2023-07", "month")]),
        # The date after the words is the other event's: nothing to count from.
        ("She got engaged three months after meeting him in June", [("2023-06", "month")]),
        ("In 2019, a year after that", [("2019", "year"), ("2020", "year")]),
    ],
)
def test_time_counted_back_from_the_date_told_just_before(text, expected):
    assert resolve(text) == expected


def test_a_weekday_beside_a_day_picks_the_year_it_falls_on():
    text = "Their upcoming film had its premiere on Wednesday (December 22) evening."
    assert resolve(text, dt.date(2021, 12, 23)) == [("2021-12-22", "day")]


def test_calendar_dates_read_without_dateparser_agree_with_it():
    """The usual forms of a calendar date are read without dateparser, as it reads them."""
    from pelican_celebmeta.core import dates

    def by_dateparser(phrase: str) -> tuple[str, str] | None:
        data = dates._date_parser().get_date_data(phrase)
        if data is None or data.date_obj is None:
            return None
        assert data.period == "day"
        return data.date_obj.date().isoformat(), "day"

    months = sorted(dates._MONTHS)
    phrases = []
    for day in (0, 1, 2, 3, 9, 10, 11, 21, 22, 23, 28, 29, 30, 31, 32, 39):
        for i, month in enumerate(months):
            year = ("2023", "2024", "1900", "1650", "2099")[i % 5]
            suffix = ("", "st", "nd", "rd", "th")[day % 5]
            phrases += [
                f"{day} {month} {year}",
                f"{day:02d}{suffix} of {month}, {year}",
                f"{month} {day}, {year}",
                f"{month}. {day}{suffix} {year}",
            ]
    quick = 0
    for phrase in phrases:
        mine = dates._calendar_date(phrase)
        if mine is None:
            continue  # a day the month lacks: left to dateparser
        quick += 1
        assert (mine.value, mine.precision) == by_dateparser(phrase), phrase
        assert mine.phrase == phrase
    assert quick > len(phrases) // 2


def test_a_post_with_a_calendar_date_is_read_without_loading_dateparser():
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pelican_celebmeta.core import extract\n"
        "facts = extract('<p>Tom Cruise wed Elsina Khayrova in Paris on 3 March 2023.</p>',"
        " '2024-02-14')\n"
        "print([e.date.value for e in facts.events], 'dateparser' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['2023-03-03'] False"


def test_a_month_and_year_with_a_comma_between_is_that_month():
    assert resolve("he proposed in Dubai in March, 2018", dt.date(2019, 9, 1)) == [
        ("2018-03", "month")
    ]


def test_a_news_agencys_bracketed_dateline_is_a_day():
    assert resolve("at the premiere in Mexico City (02Aug17).", dt.date(2017, 8, 20)) == [
        ("2017-08-02", "day")
    ]


def test_a_month_counted_from_the_date_before_is_that_month():
    text = "They married in January 2023, welcomed a son that June and split the following March."
    assert resolve(text, dt.date(2024, 6, 1)) == [
        ("2023-01", "month"),
        ("2023-06", "month"),
        ("2024-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born on 30/11/19", [("2019-11-30", "day")]),
        ("born on 11/30/2019", [("2019-11-30", "day")]),
        ("born on 3/4/2019", []),  # 3 April or March 4: neither
        ("born on 12/11/2019", [("2019-11-12", "day")]),  # 11 December is after the post
        ("born on 30/11/99", [("1999-11-30", "day")]),  # not 2099
        ("A Boy 3/12/19", [("2019-12-03", "day")]),  # days before the post, not months
        ("born 5-3-19", []),  # both months before the post: neither
        ("Rowan Marie 7-21-19. Welcome", [("2019-07-21", "day")]),
        ("they won 6-4-19 in the final", []),  # a score: neither reading near the post
        ("Marnie Fae 11.2.19 was born", [("2019-02-11", "day")]),  # dots: the day first
        ("Cruz was born (22.06.19) at home", [("2019-06-22", "day")]),
        ("So help me God.5.30.2019.", [("2019-05-30", "day")]),  # the only order that fits
        ("version 2.1.10 is out", []),  # short figures years from the post: no day
        ("they married on 2.11.19", [("2019-11-02", "day")]),  # day first
        ("born 11.2.15 in Leeds", []),  # short figures of long ago: no day read
    ],
)
def test_a_date_in_figures_is_the_day_that_makes_sense(text, expected):
    assert resolve(text, dt.date(2019, 12, 8)) == expected


def test_around_a_holiday_is_its_month():
    assert resolve("they got engaged around Christmas", dt.date(2025, 1, 10)) == [
        ("2024-12", "month")
    ]
    assert resolve("they got engaged at Christmas", dt.date(2025, 1, 10)) == [("2024-12-25", "day")]


def test_a_day_just_gone_in_a_sentence_that_looks_ahead_is_not_next_years():
    text = "The verdict was adjourned to November 27, after they testified on November 21."
    assert resolve(text, dt.date(2024, 11, 27)) == [
        ("2024-11-27", "day"),
        ("2024-11-21", "day"),
    ]


def test_a_new_year_around_the_corner_is_the_coming_one():
    assert resolve("They flew out over New Year.", dt.date(2021, 12, 28)) == [("2020-12", "month")]
    text = "With New Year just around the corner, the couple flew to the Maldives."
    assert resolve(text, dt.date(2021, 12, 28)) == [("2021-12", "month")]


def test_a_day_in_a_sentence_that_looks_ahead_is_the_coming_one_unless_told_as_past():
    assert resolve("They will marry on December 20.", dt.date(2024, 1, 10)) == [
        ("2024-12-20", "day")
    ]


def test_that_may_is_no_month_but_that_june_opening_a_sentence_is():
    assert resolve("They met in 2019. He said that May was fun.", dt.date(2024, 1, 10)) == [
        ("2019", "year")
    ]
    assert resolve("They met in May 2019. That June they wed.", dt.date(2024, 1, 10)) == [
        ("2019-05", "month"),
        ("2019-06", "month"),
    ]


def test_a_day_in_brackets_after_tonight_is_the_day_meant():
    # A live page dated past midnight: the bracketed day is the night it tells of.
    text = "He headlined the halftime show tonight (11 February) in Nevada."
    assert resolve(text, dt.date(2024, 2, 12)) == [("2024-02-11", "day")]
    text = "She wed last night (Sunday 11 February)."
    assert resolve(text, dt.date(2024, 2, 12)) == [("2024-02-11", "day")]


def test_a_day_in_brackets_far_from_today_is_a_second_date():
    assert resolve("She spoke today (of 3 March, her big day).", dt.date(2024, 2, 12)) == [
        ("2024-02-12", "day"),
        ("2023-03-03", "day"),
    ]


def test_its_a_month_is_that_month_of_the_posts_year():
    text = "It's April and that means one thing: fans are flocking to Coachella."
    assert resolve(text, dt.date(2024, 4, 15)) == [("2024-04", "month")]


def test_a_day_a_court_sets_is_ahead_and_the_day_it_set_it_is_past():
    text = "A judge set an Aug. 18 trial date on Tuesday."
    assert resolve(text, dt.date(2010, 6, 9)) == [("2010-08-18", "day"), ("2010-06-08", "day")]
    text = "On Thursday a judge set an April 17 trial for the singer."
    assert resolve(text, dt.date(2013, 6, 9)) == [("2013-06-06", "day"), ("2014-04-17", "day")]


def test_new_year_with_its_year_is_that_years_first_day():
    assert resolve("They rang in New Year 2022 in Goa.", dt.date(2022, 1, 5)) == [
        ("2022-01-01", "day")
    ]
    assert resolve("They rang in the New Year in Goa.", dt.date(2022, 1, 5)) == [
        ("2021-12", "month")
    ]


def test_a_day_a_wait_ends_is_still_to_come():
    text = "The singer was remanded in custody until June 13 by a UK court."
    assert [d.date.value for d in find_dates(text, 0, len(text), dt.date(2025, 5, 17))] == [
        "2025-06-13"
    ]
    text = (
        "He appeared in court on Friday, where the judge remanded him in custody until a plea"
        " hearing at Southwark Crown Court on June 13."
    )
    assert [d.date.value for d in find_dates(text, 0, len(text), dt.date(2025, 5, 17))] == [
        "2025-05-16",
        "2025-06-13",
    ]
    text = "She stayed in hospital until the trial began on June 13."
    assert [d.date.value for d in find_dates(text, 0, len(text), dt.date(2025, 5, 17))] == [
        "2024-06-13"
    ]
    text = "They dated until June 13 last year."
    assert [d.date.value for d in find_dates(text, 0, len(text), dt.date(2025, 5, 17))] == [
        "2024-06-13",
        "2024",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It has been seven years since they wed", [("2017", "year")]),
        ("It's been two months since the split", [("2023-12", "month")]),
        ("it is now three weeks since the party", [("2024-01-24", "day")]),
        ("seven years since they wed", []),  # how long, with no "it has been": a span
        ("by 2015 it had been ten years since they split", [("2015", "year")]),  # then, not now
    ],
)
def test_it_has_been_so_long_since_dates_like_ago(text, expected):
    assert resolve(text) == expected


def test_a_short_dotted_day_to_come_is_read_only_where_the_sentence_looks_ahead():
    assert resolve("They married on 2.11.24 in Leeds.", dt.date(2024, 2, 14)) == [
        ("2024-02-11", "day")
    ]
    assert resolve("They will marry on 2.11.24 in Leeds.", dt.date(2024, 2, 14)) == [
        ("2024-11-02", "day")
    ]


def test_this_month_gone_told_as_to_come_is_next_years():
    assert resolve("They will marry this September.", dt.date(2022, 10, 27)) == [
        ("2023-09", "month")
    ]
    assert resolve("They married this September.", dt.date(2022, 10, 27)) == [("2022-09", "month")]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("engaged over the Easter break", dt.date(2019, 5, 4), [("2019-04", "month")]),
        ("they married on Easter Sunday", dt.date(2024, 4, 9), [("2024-03-31", "day")]),
        ("a party on Easter Monday", dt.date(2024, 4, 9), [("2024-04-01", "day")]),
        ("born on Easter Saturday", dt.date(2021, 5, 20), [("2021-04-03", "day")]),
        ("they wed on Good Friday", dt.date(2021, 4, 9), [("2021-04-02", "day")]),
        ("they wed at Easter 2016", POSTED, [("2016-03", "month")]),
        # told on Easter Saturday, the break under way is this year's
        ("the family spent Easter in Cork", dt.date(2024, 3, 30), [("2024-03", "month")]),
        ("a holiday on Easter Island", POSTED, []),
        ("engaged over the Christmas break", POSTED, [("2023-12", "month")]),
        ("engaged over Easter weekend 2018", POSTED, [("2018-04", "month")]),
        # a year after the season's word is the season's, not a second date
        ("during the Easter holidays in 2019", POSTED, [("2019", "year")]),
        # told on Maundy Thursday, "last Easter" is the year before's
        ("they met last Easter", dt.date(2024, 3, 28), [("2023-04", "month")]),
        ("The Easter Bunny visited the party", POSTED, []),
        ("the Good Friday Agreement", POSTED, []),
        ("Karen Valentine's dinner", POSTED, []),
        ("On Valentine's date night they wed", POSTED, [("2024-02-14", "day")]),
        ("their Christmas break-up", POSTED, [("2023-12-25", "day")]),
        ("the Easter Monday holidays", dt.date(2024, 4, 9), [("2024-04", "month")]),
    ],
)
def test_easter_moves_with_the_year(text, today, expected):
    assert resolve(text, today) == expected
