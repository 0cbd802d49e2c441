"""Events: type, date at the text's precision, place and attendees."""

from pelican_celebmeta.core import extract

DAY = "2024-02-14"


def events(html: str, title: str = "") -> list[tuple]:
    facts = extract(html, DAY, title=title)
    return [
        (e.type, e.date.value if e.date else None, e.location, e.attendees) for e in facts.events
    ]


def facts_names(html: str) -> list[str]:
    return [e.name for e in extract(html, DAY).events]


def test_party_with_relative_month_and_pronoun_attendee():
    html = (
        "<p>Model Elsina Khayrova, who is 36, is glowing. She reportedly met actor Tom Cruise "
        "at a party in December last year.</p>"
    )
    assert events(html) == [("party", "2023-12", None, ("Tom Cruise", "Elsina Khayrova"))]


def test_divorce_in_a_year_stays_a_year_and_names_both_partners():
    facts = extract(
        "<p>Elsina Khayrova, who is 36, got divorced from her ex-husband Dmitry Tsetkov in 2022.</p>",
        DAY,
    )
    [divorce] = facts.events
    assert (divorce.type, divorce.date.value, divorce.date.precision) == ("divorce", "2022", "year")
    assert divorce.name == "Divorce of Elsina Khayrova and Dmitry Tsetkov"


def test_later_reference_to_the_gala_adds_its_guests():
    html = (
        "<p>Singer Noor Haldane dated actor Idris Kowalczyk. The couple attended a gala for "
        "the Bluebird Trust. Prince William was also a guest of the gala.</p>"
    )
    [gala] = extract(html, DAY, title="Noor Haldane and Idris Kowalczyk").events
    assert gala.type == "gala"
    assert gala.name == "Gala for the Bluebird Trust"
    assert gala.attendees == ("Noor Haldane", "Idris Kowalczyk", "Prince William")
    assert gala.date is None


def test_place_right_after_the_trigger_is_the_location():
    html = "<p>Singer Noor Haldane married actor Idris Kowalczyk at a wedding on Lake Como on Saturday.</p>"
    assert events(html) == [
        ("wedding", "2024-02-10", "Lake Como", ("Noor Haldane", "Idris Kowalczyk"))
    ]


def test_a_place_later_in_the_sentence_is_not_invented_as_the_location():
    html = (
        "<p>Actor Tom Cruise and model Elsina Khayrova were at the gala. Afterwards they went "
        "for a walk in Hyde Park.</p>"
    )
    assert [e[2] for e in events(html)] == [None]


def test_questions_and_headings_report_no_events():
    html = "<h2>Will there be a wedding?</h2><p>Did singer Noor Haldane attend the premiere?</p>"
    assert events(html) == []


def test_each_event_type_has_a_trigger():
    sentences = {
        "premiere": "attended the world premiere of Velvet Season",
        "engagement": "got engaged in Paris last month",
        "breakup": "announced their split two weeks ago",
        "award_show": "walked the red carpet at the Brit Awards ceremony",
        "court_hearing": "appeared at a custody hearing on Monday",
        "birthday": "celebrated her 30th birthday on Saturday",
        "concert": "played a sold-out concert at Wembley",
        "dinner": "enjoyed a romantic dinner at the Savoy",
        "vacation": "jetted off on holiday to Mykonos",
    }
    for kind, sentence in sentences.items():
        html = f"<p>Singer Noor Haldane {sentence}.</p>"
        assert [e[0] for e in events(html)] == [kind], sentence


def test_an_award_show_after_party_is_a_party():
    html = (
        "<p>Singer Noor Haldane met actor Idris Kowalczyk at an Oscars after-party yesterday.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("party", "2024-02-13")]


def test_a_capitalised_organisation_is_no_event():
    html = "<p>Singer Noor Haldane joined the Labour Party in 2022.</p>"
    assert events(html) == []


def test_a_date_in_the_sentence_before_dates_the_event():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed arrived at the Savoy on Friday night. "
        "At dinner they barely spoke.</p>"
    )
    assert events(html) == [("dinner", "2024-02-09", None, ("Nia Holt", "Tom Reed"))]


def test_a_date_in_the_sentence_before_does_not_date_an_earlier_time():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed split in June 2023. "
        "Reed had met Nia at a party in Soho, a friend said.</p>"
    )
    assert [e[:2] for e in events(html)] == [("breakup", "2023-06"), ("party", None)]


def test_a_date_in_another_paragraph_does_not():
    html = "<p>Singer Nia Holt flew in on 3 January.</p><p>Later she had dinner with Tom Reed.</p>"
    assert [e[:2] for e in events(html)] == [("dinner", None)]


def test_the_recent_day_the_report_opens_with_dates_its_undated_lead_event():
    html = (
        "<p>Singer Nia Holt was the star of last night's show.</p>"
        "<p>She arrived at the gala in silver. In 2019 she had a party in Soho.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-13"), ("party", "2019")]


def test_a_weekday_of_the_post_itself_is_that_day_unless_it_is_last_week():
    html = "<p>Nia Holt hosted a gala on Wednesday. Tom Reed had a party last Wednesday.</p>"
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-14"), ("party", "2024-02-07")]


def test_a_birthday_party_is_one_birthday():
    html = "<p>Singer Nia Holt threw a party for her 30th birthday last night.</p>"
    assert events(html) == [("birthday", "2024-02-13", None, ("Nia Holt",))]


def test_a_denied_split_is_no_event():
    html = "<p>Singer Nia Holt denied that she and actor Tom Reed had split.</p>"
    assert events(html) == []


def test_welcoming_a_child_is_a_birth():
    html = "<p>Singer Nia Holt and actor Tom Reed welcomed their first child last week.</p>"
    assert [e[0] for e in events(html)] == ["birth"]


def test_an_event_still_to_come_is_scheduled_and_a_past_one_is_not():
    facts = extract(
        "<p>Singer Nia Holt will marry actor Tom Reed in June. "
        "Last night they had dinner at the Ivy.</p>",
        DAY,
    )
    assert [(e.type, e.date.value, e.scheduled) for e in facts.events] == [
        ("wedding", "2024-06", True),
        ("dinner", "2024-02-13", False),
    ]


def test_the_gala_after_the_met_gala_is_the_met_gala():
    html = (
        "<p>Singer Nia Holt arrived for the Met Gala in silver. "
        "Actor Tom Reed arrived for the gala in black.</p>"
    )
    assert events(html) == [("gala", None, None, ("Nia Holt", "Tom Reed"))]


def test_a_split_told_twice_is_one_split_of_the_couple():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed have broken off their romance.</p>"
        "<p>Reed announced the split on Instagram in April.</p>"
        '<p>"Me and Nia have split," he wrote.</p>'
    )
    assert events(html) == [("breakup", "2023-04", None, ("Tom Reed", "Nia Holt"))]


def test_a_year_line_dates_the_paragraph_under_it():
    html = "<p>2009: Nia Holt and Tom Reed</p><p>Nia Holt married Tom Reed in Lahore.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2009")]


def test_an_editions_year_dates_an_award_show_only_when_nothing_says_the_day():
    day = extract("<p>Actress Nia Holt won at the 2024 Golden Globes on Sunday.</p>", "2024-01-10")
    year = extract("<p>Actress Nia Holt shone at the 2023 Met Gala.</p>", "2024-01-10")
    assert [e.date.value for e in day.events + year.events] == ["2024-01-07", "2023"]


def test_named_awards_and_a_red_carpet_are_events_but_a_nomination_is_not():
    awards = "<p>Actress Nia Holt won Best Newcomer at the National Television Awards.</p>"
    carpet = "<p>Actor Tom Reed walked the red carpet for his new film.</p>"
    nominated = "<p>Singer Ada Brook was nominated for the Brit Awards.</p>"
    assert [(e[0], e[3]) for html in (awards, carpet, nominated) for e in events(html)] == [
        ("award_show", ("Nia Holt",)),
        ("premiere", ("Tom Reed",)),
    ]


def test_a_date_goes_to_the_event_it_stands_nearest():
    html = (
        "<p>Singer Nia Holt got engaged to actor Tom Reed in New York, "
        "and they have set a date for September 2025.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", None), ("wedding", "2025-09")]


def test_the_red_carpet_and_the_gala_are_the_event_the_post_is_about():
    html = (
        "<p>Singer Nia Holt arrived for the gala in silver.</p>"
        "<p>Actor Tom Reed arrived for the Met Gala in black.</p>"
        "<p>Ada Brook posed on the red carpet in gold.</p>"
    )
    assert events(html) == [("gala", None, None, ("Nia Holt", "Tom Reed", "Ada Brook"))]
    assert facts_names(html) == ["Met Gala"]


def test_more_ways_of_telling_a_holiday_a_split_and_a_birth():
    html = (
        "<p>Singer Nia Holt jetted to Ibiza with actor Tom Reed.</p>"
        "<p>Actress Ada Brook and her boyfriend Max Lee went their separate ways.</p>"
        "<p>Model Ivy Cole and Dan Moss became parents.</p>"
    )
    assert [e[0] for e in events(html)] == ["vacation", "breakup", "birth"]


def test_two_weddings_to_two_spouses_are_two_events():
    html = (
        "<p>Actor Eamon Trask married Althea Mercer, who died in 1993. "
        "In 1997, he married Dolores Ferreira.</p>"
    )
    assert [
        (e.type, e.date.value if e.date else None, e.attendees) for e in extract(html, DAY).events
    ] == [
        ("wedding", None, ("Eamon Trask", "Althea Mercer")),
        ("wedding", "1997", ("Eamon Trask", "Dolores Ferreira")),
    ]


def test_a_red_carpet_for_another_film_is_another_premiere():
    html = (
        "<p>Singer Noor Haldane arrived for the premiere of Velvet Season.</p>"
        "<p>Actor Idris Kowalczyk was on the red carpet for Lantern Road.</p>"
        "<p>Idris was joined on the red carpet by Priya Raman.</p>"
    )
    assert [(e.name, e.attendees) for e in extract(html, DAY).events] == [
        ("Premiere of Velvet Season", ("Noor Haldane",)),
        ("Premiere of Lantern Road", ("Idris Kowalczyk", "Priya Raman")),
    ]


def test_they_before_a_split_are_the_couple_not_the_new_partner():
    html = (
        "<p>Singer Noor Haldane and actor Idris Kowalczyk are in the news.</p>"
        "<p>In June of 2023, it was announced that they were splitting up, and that "
        "Kowalczyk was now dating Priya Raman.</p>"
    )
    [split] = extract(html, DAY, title="Noor Haldane and Idris Kowalczyk").events
    assert (split.type, split.date.value, split.attendees) == (
        "breakup",
        "2023-06",
        ("Noor Haldane", "Idris Kowalczyk"),
    )


def test_proposed_to_her_names_her_not_the_painter_nearby():
    html = (
        "<p>Actor Idris Kowalczyk is engaged to Sophie Arden.</p>"
        "<p>Kowalczyk proposed to her in front of a painting by Jules Moreaux.</p>"
    )
    [engagement] = extract(html, DAY).events
    assert set(engagement.attendees) == {"Idris Kowalczyk", "Sophie Arden"}


def test_a_birth_takes_no_date_from_far_along_the_sentence():
    html = (
        "<p>Vlogger Noor Haldane was born and raised in Leeds, where she went to the "
        "Riverside Academy and graduated in 2004.</p>"
    )
    [birth] = extract(html, DAY).events
    assert (birth.type, birth.date) == ("birth", None)


def test_a_birth_told_in_an_aside_takes_no_date_from_the_news():
    html = (
        "<p>Nia Holt, who welcomed daughter Khai with Tom Reed, stepped out in New York on "
        "Tuesday to promote her new fashion line.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", None)]


def test_an_engagement_told_in_an_aside_takes_no_date_from_the_news():
    html = "<p>Nia Holt, who got engaged to Tom Reed, stepped out in Paris on Tuesday.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None)]


def test_a_welcomed_child_takes_the_date_the_sentence_ends_with():
    html = (
        "<p>Mark Oakes, 39, welcomed little Layla by surrogate with his fiancé Cailean "
        "Brennan, on February 1, 2024.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-01")]


def test_two_named_ceremonies_in_one_sentence_are_two_events():
    html = "<p>Singer Nia Holt won prizes at the Northern Music Awards and the Coastline Film Awards.</p>"
    assert [e.name for e in extract(html, DAY).events] == [
        "Northern Music Awards",
        "Coastline Film Awards",
    ]


def test_the_day_an_engagement_is_announced_is_not_the_day_of_the_engagement():
    html = "<p>Singer Nia Holt's engagement to actor Tom Reed was announced on Friday.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None)]


def test_the_month_an_engagement_is_announced_is_the_engagement_s_month():
    # A day names the news; a month or a year spans the engagement it tells of.
    html = "<p>Singer Nia Holt announced her engagement to actor Tom Reed in April.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2023-04")]
    html = "<p>Nia Holt revealed the birth of her son in 2021.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2021")]


def test_a_date_before_another_clause_is_not_that_clauses_event():
    html = (
        "<p>Singer Nia Holt got engaged to actor Tom Reed in Paris over New Year, "
        "and they have set a date for September 2025.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2023-12"), ("wedding", "2025-09")]


def test_a_date_before_however_and_another_clause_is_the_first_events():
    html = (
        "<p>Actor Tom Reed wed the Meet Me Halfway singer in 2009, however the pair "
        "split in 2017.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2009"), ("breakup", "2017")]


def test_a_year_told_with_an_engagement_before_the_news_of_it_is_the_engagements():
    html = "<p>Nia Holt and Tom Reed got engaged in 2017 and Us broke the news a year later.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2017")]


def test_a_year_after_on_is_the_year():
    html = "<p>Nia Holt and Tom Reed, who got married on 2015, welcomed a son.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2015"), ("birth", None)]


def test_born_opening_a_sentence_or_after_a_comma_is_a_birth():
    html = (
        "<p>Born in Leeds in 1990, Nia Holt moved to London. "
        "Her daughter Ivy Holt, born in 2019, sings too.</p>"
    )
    assert [(e.type, e.date.value, e.attendees, e.about) for e in extract(html, DAY).events] == [
        ("birth", "1990", (), "Nia Holt"),
        ("birth", "2019", ("Nia Holt",), "Ivy Holt"),
    ]


def test_visiting_a_place_is_a_trip_and_visiting_a_person_is_not():
    html = (
        "<p>Singer Nia Holt visited Lisbon in May 2023. "
        "Actor Tom Reed visited Nia Holt in hospital last week.</p>"
    )
    assert [(e.type, e.date.value) for e in extract(html, DAY).events] == [("vacation", "2023-05")]


def test_no_holiday_is_no_event_and_being_engaged_for_years_is_a_state():
    html = (
        "<p>No holiday in Spain for singer Nia Holt this year. She and actor Tom Reed were "
        "engaged for years before they tied the knot in 2021.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2021")]


def test_a_birth_is_its_parents_and_about_the_child():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed met in 2015. "
        "Two years later, their son Milo Reed was born.</p>"
        "<p>In 2020, Nia gave birth to their daughter, Ivy Reed.</p>"
    )
    assert [(e.name, e.date.value, e.attendees, e.about) for e in extract(html, DAY).events] == [
        ("Birth of Milo Reed", "2017", ("Nia Holt", "Tom Reed"), "Milo Reed"),
        ("Birth of Ivy Reed", "2020", ("Nia Holt",), "Ivy Reed"),
    ]


def test_one_child_born_twice_in_the_telling_is_one_birth():
    html = (
        "<p>Actor Tom Reed (born 3 April 1978) is English. "
        "Reed was born in Exeter to Gerald Reed and Sherri Reed.</p>"
    )
    assert [(e.date.value, e.attendees, e.about) for e in extract(html, DAY).events] == [
        ("1978-04-03", (), "Tom Reed")
    ]


def test_the_pair_is_the_couple_already_paired():
    html = (
        "<p>Actor Tom Reed got engaged to Nia Holt in 2019. "
        "Reed proposed in front of a painting by Jules Moreaux. "
        "The pair married in Rome in 2020.</p>"
    )
    assert [(e.type, e.attendees) for e in extract(html, DAY).events] == [
        ("engagement", ("Tom Reed", "Nia Holt")),
        ("wedding", ("Tom Reed", "Nia Holt")),
    ]


def test_a_wedding_reception_is_a_party_of_its_own():
    html = (
        "<p>Singer Nia Holt married actor Tom Reed in Tuscany in December 2023. "
        "The couple threw a wedding reception in Delhi on 21 December.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023-12"), ("party", "2023-12-21")]


def test_married_his_girlfriend_and_spotted_dining_are_events():
    html = (
        "<p>Singer Tom Reed married girlfriend Nia Holt on Saturday. "
        "Actor Idris Kowalczyk was spotted dining with friends in Soho last night.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-10"), ("dinner", "2024-02-13")]


def test_a_heading_names_the_event_its_paragraph_tells():
    html = (
        "<h3>Velvet Season premiere</h3>"
        "<p>Actor Tom Reed unveiled his new film on Sunday in London, joined by Nia Holt.</p>"
        "<h3>Lantern Road premiere</h3>"
        "<p>Singer Priya Raman premiered her documentary in New York on Monday.</p>"
    )
    assert [e[:2] + e[3:] for e in events(html)] == [
        ("premiere", "2024-02-11", ("Tom Reed", "Nia Holt")),
        ("premiere", "2024-02-12", ("Priya Raman",)),
    ]


def test_a_short_title_line_names_the_event_its_paragraph_tells():
    facts = extract_text_events(
        "Velvet Season premiere\n\nActor Tom Reed unveiled his new film on Sunday in London.\n"
    )
    assert facts == [("premiere", "2024-02-11")]


def test_a_heading_with_no_paragraph_under_it_tells_nothing():
    assert events("<p>Actor Tom Reed sang.</p><h3>Velvet Season premiere</h3>") == []


def extract_text_events(text: str) -> list[tuple]:
    from pelican_celebmeta.core.pipeline import extract_text

    return [(e.type, e.date.value if e.date else None) for e in extract_text(text, DAY).events]


def test_the_party_after_a_birthday_is_the_birthday():
    html = (
        "<p>Singer Tom Reed celebrated his birthday in Soho on Friday. "
        "Actor Nia Holt turned the party into a show.</p>"
    )
    assert events(html) == [("birthday", "2024-02-09", "Soho", ("Tom Reed", "Nia Holt"))]


def test_parties_in_general_are_no_event():
    html = "<p>Here is a look at this week's biggest premieres and parties with Tom Reed.</p>"
    assert events(html) == []


def test_the_couples_child_is_born_to_the_couple():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed wed in 2015.</p>"
        "<p>The couple's first child, Milo Reed, was born in March 2017.</p>"
    )
    [_, birth] = extract(html, DAY, title="Nia Holt and Tom Reed").events
    assert (birth.date.value, birth.attendees, birth.about) == (
        "2017-03",
        ("Nia Holt", "Tom Reed"),
        "Milo Reed",
    )


def test_two_couples_engaged_in_one_sentence_are_two_engagements():
    html = (
        "<p>Singer Nia Holt, who got engaged to actor Tom Reed in 2009, and model Priya Raman, "
        "whose partner Idris Kowalczyk proposed in 2016, are friends.</p>"
    )
    assert [(e.type, e.date.value, e.attendees) for e in extract(html, DAY).events] == [
        ("engagement", "2009", ("Nia Holt", "Tom Reed")),
        ("engagement", "2016", ("Priya Raman", "Idris Kowalczyk")),
    ]


def test_one_event_told_at_two_precisions_takes_the_finer_date():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed split in 2023. "
        "Holt announced the split on 4 December.</p>"
    )
    assert [e[:2] for e in events(html)] == [("breakup", "2023-12-04")]


def test_what_a_sentence_supposes_or_a_verb_of_partying_is_no_event():
    html = (
        "<p>If singer Nia Holt's album is a dance party, the tour is a rave. "
        "Actor Tom Reed loves to party with friends.</p>"
    )
    assert events(html) == []


def test_a_second_reception_is_another_party_and_the_reception_dates_the_first():
    html = (
        "<p>Singer Nia Holt and actor Tom Reed are married. A wedding reception was thrown "
        "by the lovely couple in Delhi. The reception took place on 10 February.</p>"
        "<p>The pair will throw a second wedding reception in Mumbai on 20 February. "
        "Here is what we know about the second wedding reception.</p>"
    )
    facts = extract(html, DAY, title="Nia Holt and Tom Reed")
    assert [(e.type, e.date.value, e.attendees) for e in facts.events] == [
        ("party", "2024-02-10", ("Nia Holt", "Tom Reed")),
        ("party", "2024-02-20", ("Nia Holt", "Tom Reed")),
    ]


def test_a_later_sentence_about_the_papers_dates_the_divorce():
    html = (
        "<p>Singer Nia Holt has filed for divorce from Tom Reed. "
        "The papers were filed Friday in Davidson County.</p>"
    )
    assert [e[:2] for e in events(html)] == [("divorce", "2024-02-09")]


def test_a_holiday_is_dated_to_its_month_by_a_sighting_or_by_being_under_way():
    html = (
        "<p>On Monday we saw Nia Holt on holiday in Capri. "
        "Tom Reed is enjoying a holiday in Miami with his wife Ana Reed.</p>"
    )
    assert [e[:2] for e in events(html)] == [("vacation", "2024-02"), ("vacation", "2024-02")]


def test_a_dateline_under_the_title_dates_no_event():
    html = (
        "<h2>Nia Holt reveals secret wedding</h2><p>Wednesday, February 14, 2024 - 11:55 am</p>"
        "<p>Singer Nia Holt got married to Tom Reed this week.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02")]


def test_only_the_first_event_a_report_tells_takes_its_news_day():
    html = (
        "<p>Nia Holt got engaged to Tom Reed on Sunday.</p>"
        "<p>Friends joined them at the engagement after-party.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-11"), ("party", None)]


def test_a_proposal_or_one_knee_is_an_engagement_dated_where_it_is_told():
    html = (
        "<p>Nia Holt is engaged to Tom Reed, he announced on Monday. "
        "The proposal was done at a cinema on Sunday, February 11.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-11")]
    assert [e[:2] for e in events("<p>Tom Reed went down on one knee in Paris.</p>")] == [
        ("engagement", None)
    ]


def test_an_abbreviated_month_does_not_end_the_sentence():
    html = "<p>Singer Nia Holt married Tom Reed on Feb. 3 in Rome.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-03")]


def test_anniversaries_songs_and_a_date_of_birth_are_no_events():
    html = (
        "<p>Nia Holt and Tom Reed toasted their third wedding anniversary. "
        "She released her breakup song on Jan. 11. Her actual birthday is Feb. 20.</p>"
    )
    assert events(html) == []


def test_a_named_films_premiere_is_its_own_event_beside_the_awards():
    html = (
        "<p>Nia Holt attended the premiere of Omar La Fraise. "
        "She had met Tom Reed at the Golden Globe Awards in 2002.</p>"
    )
    assert [e[:2] for e in events(html)] == [("premiere", None), ("award_show", "2002")]


def test_a_party_named_for_a_brand_is_a_party_and_a_political_party_is_not():
    html = (
        "<p>Nia Holt attended the Vanity Fair x Prada party. Tom Reed joined the Labour Party.</p>"
    )
    assert [e[0] for e in events(html)] == ["party"]


def test_a_named_ball_is_a_gala_and_the_biennial_gala_is_the_same_one():
    html = (
        "<p>The roster for Tuesday night’s Carousel of Hope Ball seemed more like the Oscars, "
        "with Tom Reed there. Other stars at the biennial gala included Nia Holt.</p>"
    )
    assert events(html) == [
        ("gala", "2024-02-13", None, ("Tom Reed", "Nia Holt")),
    ]
    assert facts_names(html) == ["Carousel of Hope Ball"]


def test_a_ball_in_a_name_or_a_song_is_no_gala():
    html = (
        "<p>After Johnny Ball, Nia Holt sang a “Wrecking Ball” medley, as described by "
        "Tom Rouse Ball.</p>"
    )
    assert [e[0] for e in events(html)] == []


def test_showers_reveals_and_hen_dos_are_parties():
    html = (
        "<p>Nia Holt threw a baby shower in March. Tom Reed hosted a gender reveal in 2023. "
        "Ana Reed had her hen do in 2022.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("party", "2023-03"),
        ("party", "2023"),
        ("party", "2022"),
    ]


def test_a_holiday_named_for_a_season_is_that_month():
    html = "<p>Nia Holt posted videos during her Christmas vacation in Aspen.</p>"
    assert [e[:2] for e in events(html)] == [("vacation", "2023-12")]


def test_he_before_the_man_named_is_someone_else():
    html = (
        "<p>Actor Hugh Sheridan got engaged on Friday. "
        "In November, he met Kurt Roberts at a party in Sydney.</p>"
    )
    assert events(html)[-1][0::3] == ("party", ("Kurt Roberts", "Hugh Sheridan"))


def test_he_right_before_a_split_is_one_of_the_couple():
    html = (
        "<p>Singer Usher and Grace Miguel started dating in 2009, shortly after he split "
        "from his first wife, Tameka Foster. Tori Spelling wed Charlie Shanian, whom she "
        "divorced to elope with Dean McDermott.</p>"
    )
    assert [e[0::3] for e in events(html) if e[0] in ("breakup", "divorce")] == [
        ("breakup", ("Usher", "Tameka Foster")),
        ("divorce", ("Tori Spelling", "Charlie Shanian")),
    ]


def test_more_ways_of_telling_weddings_splits_births_and_holidays():
    html = (
        "<p>Nia Holt got hitched to Tom Reed in 2019. Ana Reed eloped with Ivo Brandt in 2020. "
        "Lena Voss called off their engagement in 2021. Mara Quinn welcomed a baby girl in 2022. "
        "Kit Marsh honeymooned in Bali in 2023.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("wedding", "2019"),
        ("wedding", "2020"),
        ("breakup", "2021"),
        ("birth", "2022"),
        ("vacation", "2023"),
    ]


def test_talk_of_an_event_that_may_not_have_happened_is_no_event():
    html = (
        "<p>Singer Nia Holt wore a ring, and fans assumed that actor Tom Reed had popped "
        "the question.</p>"
    )
    assert events(html) == []


def test_a_date_that_opens_the_sentence_dates_each_of_its_events():
    html = (
        "<p>Last year saw many weddings in country music, with singer Mia Hart marrying "
        "actor Tom Reed and singer Ada Lowe tying the knot with actor Jon Fry in Texas.</p>"
    )
    assert events(html) == [
        ("wedding", "2023", None, ("Mia Hart", "Tom Reed")),
        ("wedding", "2023", "Texas", ("Ada Lowe", "Jon Fry")),
    ]


def test_more_ways_news_tells_of_splits_weddings_shows_births_and_meals():
    sentences = [
        ("breakup", "and actor Tom Reed have decided to go their separate ways"),
        ("breakup", "and actor Tom Reed are separating after two years"),
        ("wedding", "and actor Tom Reed were married in Rome last July"),
        ("concert", "joined rapper Tom Reed on stage last night"),
        ("dinner", "and actor Tom Reed shared a romantic meal in Rome"),
        ("birth", "has given birth to a boy in Seoul"),
        ("engagement", "pops the big question to actor Tom Reed in a new video"),
        ("breakup", "and actor Tom Reed have broken up after a year"),
        ("wedding", "and actor Tom Reed renewed their vows in Rome"),
    ]
    for kind, sentence in sentences:
        html = f"<p>Singer Noor Haldane {sentence}.</p>"
        assert [e[0] for e in events(html)] == [kind], sentence


def test_upcoming_beside_a_verb_in_the_past_does_not_make_a_weekday_future():
    html = (
        "<p>Model Jen Meyer celebrated the couple’s upcoming arrival at a party in Malibu "
        "on Sunday afternoon.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("party", "2024-02-11")]


def test_a_year_after_a_ceremonys_name_is_its_edition():
    html = "<p>Singer Noor Haldane won big at the Velvet Awards 2019, her fans said.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("award_show", "2019")]


def test_one_ceremony_told_by_two_names_on_one_day_is_one_event():
    html = (
        "<h2>Noor Haldane and Tom Reed stun at the Brits</h2>"
        "<p>The Brit Awards kicked off in style on Sunday night as singer Noor Haldane and "
        "actor Ada Lowe arrived.</p>"
    )
    [(kind, date, _, people)] = events(html)
    assert (kind, date, set(people)) == (
        "award_show",
        "2024-02-11",
        {"Noor Haldane", "Tom Reed", "Ada Lowe"},
    )


def test_only_what_follows_talk_of_a_rumour_is_guessed():
    html = (
        "<p>Despite rumours of a split, singer Nia Holt married actor Tom Reed in Rome on "
        "Saturday.</p>"
    )
    assert ("wedding", "2024-02-10") in [(e[0], e[1]) for e in events(html)]


def test_look_alikes_of_new_phrasings_report_no_event():
    for sentence in (
        "Singer Nia Holt ended her working relationship with manager Tom Reed in March.",
        "Police had broken up a fight outside the club where actor Tom Reed was dining.",
        "Actor Tom Reed was married at the time of the affair, singer Nia Holt said.",
    ):
        assert [e[0] for e in events(f"<p>{sentence}</p>")] in ([], ["dinner"]), sentence


def test_joining_co_stars_on_stage_to_accept_an_award_is_no_concert():
    html = (
        "<p>Singer Nia Holt joined her co-stars on stage to accept the award at the Brit "
        "Awards on Saturday.</p>"
    )
    assert [e[0] for e in events(html)] == ["award_show"]


def test_a_turn_on_stage_at_the_awards_is_part_of_the_awards():
    html = (
        "<p>The Brit Awards took place in London on Monday night. Later singer Tom Reed "
        "took to the stage to perform his new single.</p>"
    )
    assert events(html) == [("award_show", "2024-02-12", "London", ("Tom Reed",))]


def test_a_turn_on_stage_on_another_day_stays_a_concert():
    html = "<p>Nia Holt married Tom Reed on Saturday. In March 2023 he performed at Wembley.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [
        ("wedding", "2024-02-10"),
        ("concert", "2023-03"),
    ]


def test_a_headline_divorce_of_a_twice_married_man_is_the_divorce_the_post_tells():
    html = (
        "<h2>Tom Reed’s wife files for divorce</h2><p>Tom Reed is a singer. In 2009 Tom Reed "
        "split from Ada Lowe. He married Nia Holt in 2015.</p><p>Nia Holt filed divorce "
        "papers on Tuesday.</p>"
    )
    assert [(e[0], e[1], set(e[3])) for e in events(html)] == [
        ("divorce", "2024-02-13", {"Nia Holt", "Tom Reed"}),
        ("breakup", "2009", {"Ada Lowe", "Tom Reed"}),
        ("wedding", "2015", {"Nia Holt", "Tom Reed"}),
    ]


def test_a_party_thrown_by_the_birthday_girl_is_her_birthday():
    html = (
        "<p>Nia Holt celebrated her 30th birthday on Sunday. She threw a lavish party in "
        "Manchester. Singer Tom Reed and Ada Lowe were among the guests.</p>"
    )
    assert [(e[0], e[1], set(e[3])) for e in events(html)] == [
        ("birthday", "2024-02-11", {"Nia Holt", "Tom Reed", "Ada Lowe"})
    ]


def test_someone_else_s_party_stays_a_party():
    html = "<p>Nia Holt turned 30 on Sunday. Tom Reed threw a party in March 2023.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [
        ("birthday", "2024-02-11"),
        ("party", "2023-03"),
    ]


def test_someone_who_also_turned_up_was_a_guest():
    html = (
        "<p>Nia Holt married Tom Reed in Rome on Saturday. Later that night, singer Ada Lowe "
        "also turned up.</p>"
    )
    assert [(e[0], e[1], set(e[3])) for e in events(html)] == [
        ("wedding", "2024-02-10", {"Nia Holt", "Tom Reed", "Ada Lowe"})
    ]


def test_the_dinner_of_a_gala_is_the_gala():
    html = (
        "<p>Tom Reed hosted a charity gala in London on Monday. Singer Nia Holt sang for "
        "the crowd after dinner.</p>"
    )
    assert [(e[0], e[1], set(e[3])) for e in events(html)] == [
        ("gala", "2024-02-12", {"Tom Reed", "Nia Holt"})
    ]


def test_a_dinner_on_a_day_of_its_own_stays_a_dinner():
    html = (
        "<p>Tom Reed hosted a charity gala in London on Monday. On Tuesday he had dinner "
        "with Nia Holt.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [
        ("gala", "2024-02-12"),
        ("dinner", "2024-02-13"),
    ]


def test_a_split_made_final_or_official_is_a_divorce():
    html = (
        "<p>On Tuesday, Nia Holt and Tom Reed finalized their separation.</p>"
        "<p>Ada Lowe and Ben Carr's split was made official on February 2.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [
        ("divorce", "2024-02-13"),
        ("divorce", "2024-02-02"),
    ]


def test_a_new_addition_welcomed_yesterday_is_the_birth_told_before():
    html = (
        "<p>Actress Nia Holt has announced that she has given birth to a baby girl named "
        "Hilda. She and her husband welcomed their new addition yesterday.</p>"
    )
    [birth] = extract(html, DAY).events
    assert (birth.type, birth.date.value, birth.attendees, birth.about) == (
        "birth",
        "2024-02-13",
        ("Nia Holt",),
        "Hilda",
    )


def test_a_christmas_concert_is_dated_by_its_night_not_by_christmas():
    html = (
        "<p>On Tuesday night the annual Christmas concert of Radio Nova took place in Lagos, "
        "with singer Nia Holt.</p>"
    )
    assert events(html) == [("concert", "2024-02-13", "Lagos", ("Nia Holt",))]


def test_the_logies_are_an_award_show():
    html = "<p>Nia Holt sparkled at this year’s Logies on Sunday.</p>"
    assert events(html) == [("award_show", "2024-02-11", None, ("Nia Holt",))]


def test_a_day_ahead_of_a_wedding_is_not_the_wedding_s():
    html = (
        "<p>Nia Holt and Tom Reed arrived in Sydney on Thursday ahead of the couple's nuptials.</p>"
    )
    assert events(html) == [("wedding", None, None, ("Nia Holt", "Tom Reed"))]


def test_premiering_a_film_is_a_premiere():
    html = "<p>Nia Holt was all smiles after premiering her film in London on Monday.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("premiere", "2024-02-12")]


def test_a_dinner_in_the_sentence_of_a_gala_is_the_gala_s():
    html = "<p>The charity gala was staged as a mystery dinner theatre in Singapore on Monday.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("gala", "2024-02-12")]


def test_party_donors_are_no_party():
    assert events("<p>Ministers met party donors in London this evening.</p>") == []


def test_the_opulent_party_is_the_ball_the_post_reports():
    html = (
        "<p>Nia Holt arrived at the Snowdrop Ball in London. Later she made her way into "
        "the opulent party with Tom Reed on Monday.</p>"
    )
    assert [(e[0], e[1], set(e[3])) for e in events(html)] == [
        ("gala", "2024-02-12", {"Nia Holt", "Tom Reed"})
    ]


def test_a_show_named_birthday_bash_is_no_birthday():
    assert events("<p>Birthday Bash was on fire from the first act to the last.</p>") == []


def test_a_press_tour_is_no_concert():
    html = "<p>Nia Holt and Tom Reed continued their press tour in Paris on Monday.</p>"
    assert events(html) == []


def test_two_ceremonies_on_one_day_stay_two():
    html = (
        "<p>Singer Nia Holt attended the Grammys on Sunday. Later actor Tom Reed and Nia Holt "
        "also appeared at the Brit Awards on Sunday.</p>"
    )
    assert [e[0] for e in events(html)] == ["award_show", "award_show"]


def test_a_past_verb_after_next_leaves_the_event_to_come():
    html = "<p>Singer Nia Holt's next concert, which was sold out in minutes, is on Saturday.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("concert", "2024-02-17")]


def test_a_pronoun_is_the_sentences_own_person_when_their_gender_is_unknown():
    html = (
        "<p>Singer Lauren Alaina got engaged to Cameron Arnold in October. Astronaut Buzz "
        "Aldrin got married on his 93rd birthday this year.</p>"
    )
    assert [e[3] for e in events(html)][1:] == [("Buzz Aldrin",)]


def test_a_birthday_that_dates_another_event_is_no_event_of_its_own():
    html = (
        "<p>Actor Tom Reed proposed to Nia Holt on her 30th birthday. Ada Lowe celebrated "
        "her birthday in Soho.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("engagement", ("Tom Reed", "Nia Holt")),
        ("birthday", ("Ada Lowe",)),
    ]


def test_guests_named_after_the_event_attend_it():
    html = (
        "<p>Singer Noor Haldane married actor Tom Reed in Rome on Saturday. Among the 180 "
        "guests were presenters Nia Holt and Ada Lowe.</p>"
    )
    [(kind, _, _, people)] = events(html)
    assert (kind, people) == ("wedding", ("Noor Haldane", "Tom Reed", "Nia Holt", "Ada Lowe"))


def test_triggers_are_found_where_the_whole_pattern_finds_them():
    # Trying the trigger pattern only at the words that can start it must find
    # exactly what a search of every position finds: over a sample of every
    # alternative of every trigger (with an article in front or not, in any
    # case), and over real text.
    from regex_samples import real_text_lines, samples

    from pelican_celebmeta.core.events import _TRIGGER, _TRIGGERS, _triggers

    texts = [
        f"Then {det}{phrase}{after}"
        for pattern in _TRIGGERS.values()
        for phrase in samples(pattern)
        for det in ("", "the ", "Their glamorous ")
        for after in (" happened.", ".")  # (some end only at a stop: "say I do.")
    ]
    texts += [t.upper() for t in texts[::7]] + ["Their ſplit and hıs bırthday pop the question."]
    texts += real_text_lines()
    assert len(texts) > 10000
    for text in texts:
        assert [m.span() for m in _triggers(text)] == [m.span() for m in _TRIGGER.finditer(text)]


def test_phrases_that_name_no_event_are_found_where_the_whole_pattern_finds_them():
    # Trying the pattern of phrases that name no event only at the words that can start
    # one must find exactly the spans a search of every position finds: over a sample of
    # every alternative (in any case, after other words or none) and over real text.
    import re

    from regex_samples import real_text_lines, samples

    from pelican_celebmeta.core.events import _NOT_EVENT, _NOT_EVENT_REACH, _blocked, _triggers

    def searched(chunk, triggers):
        last, spans = triggers[-1].end(), []
        for m in _NOT_EVENT.finditer(chunk, max(0, triggers[0].start() - _NOT_EVENT_REACH)):
            if m.start() > last:
                break
            spans.append(m.span())
        return spans

    texts = [
        f"Then {before}{phrase} happened."
        for phrase in samples(_NOT_EVENT.pattern, cap=100000)
        for before in ("", "the ", "They said ")
    ]
    texts += [t.upper() for t in texts[::5]] + [t.title() for t in texts[::7]]
    texts += ["Their ſplit on hıs 100th bırthday, a 2nd wedding date."]
    texts += real_text_lines()
    assert len(texts) > 10000
    whole = re.compile(r".+", re.DOTALL)
    for text in texts:
        for triggers in ([whole.match(text)] if text else [], _triggers(text)):
            if triggers:
                assert _blocked(text, triggers) == searched(text, triggers), text


def test_every_trigger_gets_through_the_word_filter_in_front_of_the_triggers():
    # A sentence is read only when a word of _TRIGGER_WORDS is in it: every way the
    # triggers know of telling an event must hold one ("called time on their
    # relationship" once held none and was never read).
    from regex_samples import samples

    from pelican_celebmeta.core.events import _TRIGGER, _TRIGGERS, _trigger_positions

    missed = [
        phrase
        for pattern in _TRIGGERS.values()
        for phrase in samples(pattern)
        if _TRIGGER.search(text := f"Then {phrase} happened.") and not _trigger_positions(text, 0)
    ]
    assert missed == []


def test_a_wedding_reception_on_no_day_of_its_own_is_the_wedding():
    html = (
        "<p>Singer Ana Costa married actor Rui Lopes in Lisbon on Saturday. After the "
        "service the guests joined Paulo Reis at the wedding reception.</p>"
    )
    assert events(html) == [
        ("wedding", "2024-02-10", "Lisbon", ("Ana Costa", "Rui Lopes", "Paulo Reis"))
    ]


def test_a_reception_held_days_after_the_wedding_is_a_party_of_its_own():
    html = (
        "<p>Singer Ana Costa married actor Rui Lopes in Lisbon on January 20. The couple "
        "then hosted a reception in Porto on February 3.</p>"
    )
    assert [(t, d) for t, d, *_ in events(html)] == [
        ("wedding", "2024-01-20"),
        ("party", "2024-02-03"),
    ]


def test_a_proposal_is_no_wedding():
    html = (
        "<p>Actor Rui Lopes went down on one knee and asked singer Ana Costa, "
        "“Will you marry me?”</p>"
    )
    assert [t for t, *_ in events(html)] == ["engagement"]


def test_years_married_is_an_anniversary_not_a_wedding():
    html = "<p>Singer Ana Costa wrote: ‘Celebrating three years married last night.’</p>"
    assert events(html) == []


def test_a_birth_told_in_its_own_clause_keeps_its_date_though_revealed():
    html = "<p>Singer Ana Costa revealed she had welcomed a baby girl on 1 February.</p>"
    assert events(html) == [("birth", "2024-02-01", None, ("Ana Costa",))]


def test_a_day_told_with_the_birth_before_the_news_is_the_births():
    for html, day in (
        (
            "<p>Nia Holt gave birth to a baby boy in Leeds last night, her rep confirmed.</p>",
            "2024-02-13",
        ),
        (
            "<p>Nia Holt gave birth to a son on February 1 and the couple announced it on Monday.</p>",
            "2024-02-01",
        ),
        (
            "<p>Nia Holt gave birth in Los Angeles, California on February 1, her rep confirmed.</p>",
            "2024-02-01",
        ),
    ):
        assert [e[:2] for e in events(html)] == [("birth", day)], html


def test_a_day_told_with_the_news_after_the_birth_is_the_news():
    for html, kind in (
        ("<p>Nia Holt gave birth to a baby boy, her rep confirmed on Monday.</p>", "birth"),
        ("<p>Nia Holt, who gave birth to a baby boy, on Monday revealed his name.</p>", "birth"),
        (
            "<p>Nia Holt got engaged to Tom Reed and last week confirmed it on Instagram.</p>",
            "engagement",
        ),
    ):
        assert [e[:2] for e in events(html)] == [(kind, None)], html


def test_a_booking_or_a_party_ended_is_no_breakup():
    for html in (
        "<p>Nia Holt ended her speaking engagement in May.</p>",
        "<p>Nia Holt ended her sold-out engagement at the Palladium in May.</p>",
        "<p>Nia Holt and Tom Reed called off their engagement party in May.</p>",
    ):
        assert "breakup" not in [e[0] for e in events(html)], html


def test_an_engagement_ended_is_a_breakup():
    for html in (
        "<p>Nia Holt and Tom Reed ended their engagement in May.</p>",
        "<p>Nia Holt broke off her engagement to Tom Reed in May.</p>",
        "<p>Nia Holt and Tom Reed broke off their two-year engagement in May.</p>",
        "<p>Nia Holt said: 'Tom Reed and I have decided to end our engagement in May.'</p>",
    ):
        assert [e[:2] for e in events(html)] == [("breakup", "2023-05")], html


def test_parents_telling_of_their_own_baby_welcomed_a_birth():
    for html in (
        "<p>Nia Holt wrote: 'Tom Reed and I welcomed our baby son into the world on Monday.'</p>",
        "<p>Nia Holt wrote: 'Tom Reed and I welcomed the arrival of our son on Monday.'</p>",
        "<p>Singer Nia Holt welcomed baby Elin with Tom Reed on Monday.</p>",
        "<p>Singer Nia Holt welcomed baby No. 2 with Tom Reed on Monday.</p>",
    ):
        assert [e[:2] for e in events(html)] == [("birth", "2024-02-12")], html
    assert events("<p>Singer Nia Holt welcomed our guests on Monday.</p>") == []
    assert events("<p>Singer Nia Holt welcomed the arrival of a new puppy on Monday.</p>") == []
    assert events("<p>Nia Holt welcomed our son's girlfriend to the family on Monday.</p>") == []


def test_an_after_party_is_on_the_night_of_what_it_follows():
    html = (
        "<p>Nia Holt won big at the Brit Awards last night. But it was Tom Reed's "
        "post-ceremony party at the Rosewood Hotel that proved the hot ticket.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-13"), ("party", "2024-02-13")]
    html = "<p>Nia Holt headed to an after-party with Tom Reed.</p>"
    assert [e[:2] for e in events(html)] == [("party", None)]
    # A party after something else than the night told is not of that night.
    html = (
        "<p>Nia Holt married Tom Reed on 3 June 2015.</p>"
        "<p>Years later, Nia Holt threw a post-divorce party.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("wedding", "2015-06-03"),
        ("divorce", None),
        ("party", None),
    ]


def test_who_a_report_of_one_gala_shows_arriving_or_dressed_was_at_it():
    html = (
        "<p>Nia Holt hosted the Rose Gala in London on Saturday.</p>"
        "<p>Actress Ana Costa wore a silver gown by the designer.</p>"
        "<p>Singer Tom Reed said he had never met Lena Voss.</p>"
        "<p>Model Mara Quinn was spotted near the bar.</p>"
    )
    assert [e[3] for e in events(html)] == [("Nia Holt", "Ana Costa", "Mara Quinn")]


def test_who_a_gala_report_names_elsewhere_or_otherwise_was_not_at_it():
    html = (
        "<p>Nia Holt hosted the Rose Gala in London on Saturday.</p>"
        "<p>She wore a gown by designer Ana Costa.</p>"
        "<p>Her ex Tom Reed was spotted in Paris last year with Mara Quinn.</p>"
        "<p>Lena Voss, who famously wore the same suit in 2010, did not attend.</p>"
        "<p>“I wore this for Dan Pike,” she said.</p>"
    )
    assert [e[3] for e in events(html) if e[0] == "gala"] == [("Nia Holt",)]


def test_whose_dress_is_whose_night_is_unclear_when_two_are_told():
    html = (
        "<p>Nia Holt hosted the Rose Gala in London on Saturday.</p>"
        "<p>Ana Costa went to the Lily Awards on Sunday.</p>"
        "<p>Actress Mara Quinn wore a silver gown by the designer.</p>"
    )
    assert [e[3] for e in events(html)] == [("Nia Holt",), ("Ana Costa",)]


def test_a_birth_dated_by_a_born_on_line_after_it():
    html = (
        "<p>Nia Holt has announced the birth of her first child, a son.</p>"
        "<p>She wrote: 'Tom Reed and I welcomed our baby son into the world. "
        "Max Reed born on 30/11/23.'</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2023-11-30")]


def test_an_engagement_told_on_a_holiday_has_the_holidays_date():
    html = "<p>Nia Holt got engaged to Tom Reed during a holiday in Dubai in March 2018.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2018-03"), ("vacation", "2018-03")]
    html = "<p>Nia Holt got engaged to Tom Reed, and the couple went on a holiday in March.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None), ("vacation", "2023-03")]


def test_an_engagement_told_at_an_occasion_or_before_it_has_not_its_date():
    for html, expected in (
        (
            "<p>Nia Holt announced her engagement to Tom Reed at the BAFTAs on Sunday.</p>",
            [("engagement", None), ("award_show", "2024-02-11")],
        ),
        (
            "<p>Nia Holt got engaged to Tom Reed on the night before the Oscars on 10 March 2019.</p>",
            [("engagement", None), ("award_show", "2019-03-10")],
        ),
        (
            "<p>Nia Holt married Tom Reed who she met at a party in Ibiza in 2015.</p>",
            [("wedding", None), ("party", "2015")],
        ),
    ):
        assert [e[:2] for e in events(html)] == expected, html


def test_a_parents_own_birthday_does_not_date_the_birth():
    html = (
        "<p>Nia Holt has welcomed her first child, a son. The actress, born on 3 April 1990 "
        "in Leeds, shared the news on Instagram.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", None)]


def test_a_revealed_birth_dated_as_news_stays_undated():
    html = "<p>Singer Ana Costa revealed the birth of her daughter on 1 February.</p>"
    assert events(html) == [("birth", None, None, ("Ana Costa",))]


def test_a_film_named_for_its_star_is_no_event():
    assert events("<p>The Monster Ball actress Ana Costa sipped red wine all night.</p>") == []
    html = "<p>The Monster Ball actress Ana Costa sipped red wine at the gala.</p>"
    assert facts_names(html) == ["Gala with Ana Costa"]


def test_court_records_and_a_court_case_are_no_hearing():
    html = "<p>Court records show Ana Costa and Rui Lopes have finalized their divorce.</p>"
    assert [t for t, *_ in events(html)] == ["divorce"]
    html = "<p>It was Ana Costa's first show since her court case with producer Rui Lopes.</p>"
    assert events(html) == []


def test_what_is_only_likely_is_not_reported():
    html = "<p>It is likely that Ana Costa and Rui Lopes will go to Europe for their honeymoon.</p>"
    assert events(html) == []


def test_what_never_happened_is_not_reported():
    html = (
        "<p>Ana Costa and Rui Lopes dated for years but never formally announced an engagement.</p>"
    )
    assert events(html) == []


def test_an_edition_and_its_night_are_one_ceremony():
    html = (
        "<p>BRITs 2024: Ana Costa opens the evening with a song.</p>"
        "<p>The BRIT Awards 2024 kicked off on Tuesday night as Ana Costa took the stage.</p>"
    )
    assert [(t, d) for t, d, *_ in events(html) if t == "award_show"] == [
        ("award_show", "2024-02-13")
    ]


def test_a_plan_told_in_the_past_leaves_a_month_in_the_past():
    html = (
        "<p>Singer Tom Reed had announced his plan to retire after the band's concert in "
        "Lisbon in October.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("concert", "2023-10")]


def test_a_plan_still_to_come_dates_the_event_ahead():
    html = "<p>Singer Tom Reed plans to marry Nia Holt in June.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2024-06")]


def test_a_hearing_postponed_until_a_month_is_ahead_and_scheduled():
    facts = extract("<p>The trial of actor Tom Reed was postponed until September.</p>", DAY)
    [trial] = facts.events
    assert (trial.type, trial.date.value, trial.scheduled) == ("court_hearing", "2024-09", True)


def test_more_ways_to_tell_an_event():
    told = {
        "concert": "Nia Holt and Tom Reed were seen at one of Ada Lowe's concerts in September.",
        "dinner": "Nia Holt and Tom Reed were spotted on a sushi date night in October.",
        "wedding": "Actress Nia Holt married husband Tom Reed on October 12.",
        "birth": "Singer Nia Holt had a baby girl on October 31.",
        "breakup": "Singer Nia Holt and Tom Reed announced they’re no longer together.",
    }
    for kind, sentence in told.items():
        assert [e[0] for e in events(f"<p>{sentence}</p>")] == [kind], sentence


def test_a_marriage_registered_is_a_wedding():
    html = "<p>Nia Holt and Tom Reed registered their marriage in Mumbai on January 3.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2024-01-03")]


def test_an_alleged_birth_is_not_reported():
    html = "<p>Actress Nia Holt allegedly gave birth to a baby girl in May.</p>"
    assert events(html) == []


def test_a_birth_is_dated_by_the_babys_arrival_told_after_it():
    html = (
        "<p>Actress Nia Holt has welcomed her second child, a baby girl. "
        "The couple shared a photo. Little Ada Reed arrived on February 4th.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("birth", "2024-02-04")]


def test_the_description_a_post_gave_someone_stands_for_them():
    html = (
        "<p>Radio host Tomas Vale has announced his engagement to Nia Holt. "
        "The radio host went on holiday in Port Douglas last week.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)][1:] == [("vacation", ("Tomas Vale",))]


def test_an_age_a_post_gave_someone_stands_for_them():
    html = (
        "<p>Actress Nia Holt, 33, and Tom Reed, 41, are a couple. "
        "The 33-year-old went on holiday in Ibiza last week.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [("vacation", ("Nia Holt",))]


def test_a_trial_date_set_is_ahead():
    facts = extract("<p>For actor Tom Reed, the judge set a trial date of Sept. 6.</p>", DAY)
    [trial] = facts.events
    assert (trial.type, trial.date.value, trial.scheduled) == ("court_hearing", "2024-09-06", True)


def test_a_likeness_a_habit_or_a_greeting_tells_of_no_event():
    told = {
        "Singer Nia Holt said her album is the equivalent of a dance party in purgatory.": [],
        "The bash at Tom Reed's home would have passed for a royal dinner.": ["party"],
        "People do love a party, organiser Ada Lowe said.": [],
        "'Welcome to the party, sweet girl,' Tom Reed wrote.": [],
    }
    for sentence, kinds in told.items():
        assert [e[0] for e in events(f"<p>{sentence}</p>")] == kinds, sentence


def test_a_wedding_never_expected_is_not_reported():
    html = "<p>Actress Nia Holt never expected to marry an athlete, she said in March.</p>"
    assert events(html) == []


def test_how_long_an_engagement_lasted_is_no_engagement():
    html = "<p>After a year-long engagement, Tom Reed married Ada Lowe in Cape Town in May.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2023-05")]


def test_a_birthday_kept_private_is_no_birthday():
    html = "<p>Nia Holt and Tom Reed declined to share their girl's name or birthday.</p>"
    assert events(html) == []


def test_holidays_in_the_plural_are_a_trip_but_the_holidays_are_a_season():
    assert [
        e[0] for e in events("<p>Nia Holt said they were on holidays in Crete in May.</p>")
    ] == ["vacation"]
    assert events("<p>Nia Holt wished her fans happy holidays.</p>") == []


def test_the_baby_named_at_its_arrival_is_in_the_birth():
    html = (
        "<p>Actress Nia Holt has welcomed her second child, a baby girl. The couple shared "
        "a photo. Their daughter Ada Reed arrived on February 4th.</p>"
    )
    assert events(html) == [("birth", "2024-02-04", None, ("Nia Holt",))]
    assert extract(html, DAY).events[0].about == "Ada Reed"


def test_a_wedding_dinner_is_the_wedding_and_a_birthday_lunch_the_birthday():
    html = (
        "<p>Singer Tom Reed and actress Nia Holt held a wedding dinner on February 3. "
        "Ada Lowe marked her 60th birthday lunch on Sunday.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [
        ("wedding", "2024-02-03"),
        ("birthday", "2024-02-11"),
    ]


def test_a_date_the_next_sentence_gives_an_event_by_another_name_dates_it():
    html = (
        "<p>Singer Nia Holt threw a private listening party. On Friday, January 12, "
        "she welcomed fans to an exclusive event in Lagos.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("party", "2024-01-12")]


def test_when_a_wait_began_is_not_the_date_of_what_was_awaited():
    html = "<p>Fans had awaited the concert by Nia Holt since November 2022. It sold out.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("concert", None)]


def test_turning_an_age_is_a_birthday_but_a_time_of_life_is_not():
    html = "<p>Singer Nia Holt turned 31 on Saturday. When she turned 18, she moved to Lagos.</p>"
    assert events(html) == [("birthday", "2024-02-10", None, ("Nia Holt",))]


def test_one_persons_birthday_told_twice_is_one_birthday():
    html = (
        "<p>Actress Nia Holt spent her birthday in Accra. Friends flew in. "
        "Holt turned 40 on the 2nd of February and danced all night.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("birthday", "2024-02-02")]


def test_a_gala_named_in_capitals_is_a_gala():
    html = "<p>Actress Nia Holt attended the Bluebird Trust Gala on Monday.</p>"
    assert events(html) == [("gala", "2024-02-12", None, ("Nia Holt",))]


def test_a_pre_wedding_ritual_is_a_party():
    html = "<p>Actress Nia Holt danced at her sangeet on Friday.</p>"
    assert events(html) == [("party", "2024-02-09", None, ("Nia Holt",))]


def test_welcoming_a_baby_by_name_is_a_birth():
    html = "<p>Tom Reed welcomed little Layla on October 1, 2019.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2019-10-01")]
    # A band is nobody's baby.
    assert events("<p>The singer welcomed Little Mix to the stage on Friday.</p>") == []


def test_a_bite_to_eat_is_a_dinner_and_splitting_after_a_word_of_time_a_breakup():
    html = "<p>Nia Holt stepped out with Tom Reed for a bite to eat on Friday night.</p>"
    assert [e[:2] for e in events(html)] == [("dinner", "2024-02-09")]
    html = "<p>Nia Holt and Tom Reed reunited in January after splitting in 2022.</p>"
    assert [e[:2] for e in events(html)] == [("breakup", "2022")]
    for html in (
        "<p>Nia Holt joked that she never has time for a bite to eat between shows.</p>",
        "<p>Nia Holt, who moved after splitting her time between two cities, hosted.</p>",
    ):
        assert events(html) == [], html


def test_a_grown_ups_birth_year_set_aside_is_no_birth():
    html = "<p>Singer Nia Holt, born in 1988, made her debut in 1995.</p>"
    assert events(html) == []
    html = "<p>Their son Leo, born on Monday, is healthy.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-12")]


def test_a_promoter_or_a_season_on_tour_is_no_concert():
    for html in (
        "<p>The award went to Tom Reed, the concert promoter, on Friday.</p>",
        "<p>Nia Holt, on tour around the world, missed the wedding of Tom Reed.</p>",
    ):
        assert "concert" not in [e[0] for e in events(html)], html


def test_new_songs_premiered_or_an_awards_hall_of_fame_are_no_premiere_or_ceremony():
    for html in (
        "<p>Nia Holt premiered new songs from her album at the party.</p>",
        "<p>Tom Reed was inducted into the Velvet Awards Hall of Fame on Monday.</p>",
    ):
        assert not {"premiere", "award_show"} & {e[0] for e in events(html)}, html
    # A season's premiere on a red carpet, a video premiered at a screening, are premieres.
    for html in (
        "<p>Nia Holt dazzled at the season premiere of Velvet Road in New York on Monday.</p>",
        "<p>Nia Holt premiered her new music video at a screening in Los Angeles on Monday.</p>",
    ):
        assert [e[:2] for e in events(html)] == [("premiere", "2024-02-12")], html


def test_a_grown_ups_birth_year_beside_a_birth_the_sentence_tells_keeps_the_birth():
    html = "<p>Katy Holt, born in 1984, gave birth to daughter Daisy Dove in August 2020.</p>"
    assert [e[0] for e in events(html)] == ["birth"]


def test_the_feast_after_a_nikah_is_a_party():
    html = "<p>Actor Tom Reed's valima was held last month in Lahore.</p>"
    assert events(html) == [("party", "2024-01", "Lahore", ("Tom Reed",))]


def test_saying_or_renewing_vows_is_a_wedding():
    html = "<p>Nia Holt and Tom Reed said their vows in Bali on February 3.</p>"
    assert events(html) == [("wedding", "2024-02-03", "Bali", ("Nia Holt", "Tom Reed"))]


def test_a_birthday_told_by_its_guests_and_by_the_one_turning_an_age_is_one():
    html = (
        "<p>Singer Nia Holt turned 30 on February 3. Tom Reed and Ada Lowe danced at a "
        "birthday bash in Lagos. Guests included Nia Holt and her sister.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("birthday", "2024-02-03")]


def test_ways_of_telling_an_event_the_triggers_know_get_through_their_word_filter():
    assert [
        e[:2] for e in events("<p>Nia Holt and Tom Reed called time on their romance in 2019.</p>")
    ] == [("breakup", "2019")]
    assert [e[:2] for e in events("<p>Fans mourned Nia Holt and Tom Reed's split.</p>")] == [
        ("breakup", None)
    ]
    assert [e[:2] for e in events("<p>Nia Holt hosted the afterparty in 2019.</p>")] == [
        ("party", "2019")
    ]


def test_since_dates_a_marriage_but_not_what_followed_a_courtship():
    html = "<p>Nia Holt has been dating Tom Reed since 2019, with the pair getting engaged.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None)]
    html = "<p>Nia Holt and Tom Reed have been married since 2010, when they said their vows.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2010")]


def test_one_award_show_by_two_names_is_one():
    html = (
        "<p>The 66th Grammy Awards took place in Los Angeles. Nia Holt returned as host "
        "for an emotional Grammys on February 4.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-04")]


def test_every_match_of_a_pre_checked_pattern_holds_one_of_its_words():
    # A sentence is searched for these patterns only when it holds one of the words
    # listed beside each: a new alternative without such a word would never match.
    from regex_samples import samples

    from pelican_celebmeta.core import dates
    from pelican_celebmeta.core import events as ev

    pairs = [
        (ev._DENIED, ev._DENIED_WORDS),
        (ev._RUMOURED, ev._RUMOURED_WORDS),
        (ev._GROUP, ev._GROUP_WORDS),
        (ev._GUESTS, ev._GUESTS_WORDS),
        (ev._EVENT_REF, ev._EVENT_REF_WORDS),
        (dates._FUTURE, dates._FUTURE_WORDS),
        (dates._FUTURE_WEAK, dates._FUTURE_WEAK_WORDS),
    ]
    unguarded = [
        (pattern.pattern[:30], text)
        for pattern, words in pairs
        for phrase in samples(pattern.pattern)
        for text in (f"So {phrase} then.", f"So {phrase.upper()} then.")
        if pattern.search(text) and not dates.Words(text).any(words)
    ]
    assert unguarded == []


def test_a_dated_reception_in_the_sentence_of_an_undated_wedding_dates_the_wedding():
    html = "<p>It was a star-studded wedding reception for Nia Holt and Tom Reed on Monday.</p>"
    assert events(html) == [("wedding", "2024-02-12", None, ("Nia Holt", "Tom Reed"))]


def test_a_couple_that_went_its_separate_ways_split():
    assert [
        e[:2] for e in events("<p>Nia Holt and Tom Reed went its separate ways in June.</p>")
    ] == [("breakup", "2023-06")]


def test_guests_listed_after_an_engagement_is_told_are_the_weddings():
    html = (
        "<p>Nia Holt married Tom Reed in Rome on Saturday. The pair got engaged in 2022. "
        "Guests included Ada Lowe and Mia Cole.</p>"
    )
    assert events(html) == [
        ("wedding", "2024-02-10", "Rome", ("Nia Holt", "Tom Reed", "Ada Lowe", "Mia Cole")),
        ("engagement", "2022", None, ("Nia Holt", "Tom Reed")),
    ]


def test_an_age_turned_in_a_time_clause_or_by_a_thing_is_no_birthday():
    html = (
        "<p>When Taylor Reed turned 14, she moved to Nashville. "
        "The band's debut album turned 60 this week.</p>"
    )
    assert events(html) == []


def test_a_guest_list_does_not_reach_back_to_a_gathering_told_long_before():
    html = (
        "<p>Tom Reed and Nia Holt met at a film premiere in 2015. They moved to Rome. They "
        "bought a dog. They opened a bar. They sold it. They wrote a book. They got engaged "
        "in 2018. Guests included Ada Lowe.</p>"
    )
    premiere, _engagement = events(html)
    assert premiere == ("premiere", "2015", None, ("Tom Reed", "Nia Holt"))


def test_a_reception_still_to_come_does_not_date_the_wedding():
    html = (
        "<p>Nia Holt, who married Tom Reed in a private ceremony in Jaipur, will host a "
        "reception in Mumbai on March 21.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None), ("party", "2024-03-21")]


def test_news_told_as_just_happened_has_no_day_the_text_does_not_give():
    # The post's month would be a guess: the split or the birth may be of the month before.
    html = (
        "<p>Singer Nia Holt has split from her boyfriend Tom Reed after three years.</p>"
        "<p>The pair met in 2019.</p>"
    )
    assert [e[:2] for e in events(html)] == [("breakup", None)]
    html = "<p>Nia Holt has given birth to a baby girl.</p>"
    assert [e[:2] for e in events(html)] == [("birth", None)]
    html = "<p>Nia Holt has given birth to a baby girl on Sunday.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-11")]


def test_news_told_in_the_past_perfect_or_deep_in_a_post_stays_undated():
    html = (
        "<p>Nia Holt had split from Tom Reed before the film came out.</p>"
        "<p>The film opened in Soho. Critics liked it. Fans queued for hours.</p>"
        "<p>Tom Reed has married Ada Vale, his co-star.</p>"
    )
    assert [e[:2] for e in events(html)] == [("breakup", None), ("wedding", None)]


def test_later_undated_words_of_a_birthday_are_that_birthday():
    html = (
        "<p>Rapper Sam Dyer turned 50 on Saturday.</p>"
        "<p>His parties once drew Prince Harry as a guest. You can only imagine the scenes "
        "from his 50th birthday party.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-10")]


def test_another_persons_birthday_stays_its_own():
    html = (
        "<p>Nia Holt turned 37 on Saturday and marked it in Lagos.</p>"
        "<p>Weeks later, Tom Reed's birthday was a quiet one.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-10"), ("birthday", None)]


def test_a_second_undated_word_for_the_sentences_dated_wedding_is_that_wedding():
    html = (
        "<p>Nia Holt and her husband Tom Reed tied the knot in March 2022, with a fairytale "
        "wedding at Lissan Castle attended by their son Jonah.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2022-03")]


def test_two_undated_weddings_in_one_sentence_stay_two():
    html = (
        "<p>Whether it was singer Nia Holt marrying actor Tom Reed or model Ada Vale "
        "marrying Sam Dyer, the fans cheered.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None), ("wedding", None)]


def test_an_unnamed_child_born_to_a_couple_is_their_birth():
    html = (
        "<p>Nia Holt and Tom Reed were seen out. Their surrogate daughter was born last month.</p>"
    )
    assert events(html) == [("birth", "2024-01", None, ("Nia Holt", "Tom Reed"))]


def test_more_ways_to_tell_a_birth_a_proposal_and_an_end():
    assert [e[0] for e in events("<p>Nia Holt welcomed daughter Gia in 2023.</p>")] == ["birth"]
    assert [e[0] for e in events("<p>Tom Reed announced the birth of a baby boy.</p>")] == ["birth"]
    assert [e[0] for e in events("<p>Nia Holt said yes to a marriage proposal.</p>")] == [
        "engagement"
    ]
    assert [e[0] for e in events("<p>Tom Reed asked for her hand in Paris.</p>")] == ["engagement"]
    assert [
        e[0] for e in events("<p>Nia Holt announced the end of her marriage to Tom Reed.</p>")
    ] == ["breakup"]


def test_the_day_a_baby_entered_the_world_dates_the_birth():
    html = (
        "<p>Nia Holt has given birth to a baby boy.</p>"
        "<p>She wrote: 'On Friday 9th February, this little chap entered the world.'</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-09")]


def test_wedding_plans_and_a_tour_bus_are_no_events():
    html = (
        "<p>Nia Holt is juggling wedding plans. There was no word on the wedding date.</p>"
        "<p>Tom Reed lent them his tour bus.</p>"
    )
    assert events(html) == []


def test_a_bachelorette_weekend_is_a_party():
    html = "<p>Nia Holt shared photos from her bachelorette celebration in Mexico.</p>"
    assert [e[:3] for e in events(html)] == [("party", None, "Mexico")]


def test_an_engagement_party_is_no_birthday_party():
    html = (
        "<p>Tom Reed celebrated his birthday on February 10. Days later, Tom Reed and Nia "
        "Holt attended the engagement party of Ada Vale.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-10"), ("party", None)]


def test_the_finer_of_two_agreeing_dates_near_a_trigger_dates_it():
    html = (
        "<p>Singer Nia Holt arrived in Sunderland this week, performing at the Stadium of "
        "Light on Tuesday, February 13.</p>"
    )
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-13")]


def test_later_words_of_a_dated_wedding_are_that_wedding():
    html = (
        "<p>Nia Holt married Tom Reed on 12 November 2023 in Malibu. The bridal party walked "
        "down the aisle to a string quartet, and Holt said the wedding was perfect.</p>"
    )
    assert events(html) == [("wedding", "2023-11-12", "Malibu", ("Nia Holt", "Tom Reed"))]


def test_someone_elses_wedding_told_later_is_another_wedding():
    html = (
        "<p>Nia Holt married Tom Reed on 12 November 2023. Guests compared it to Ada "
        "Whitfield’s lavish wedding.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023-11-12"), ("wedding", None)]


def test_an_undated_telling_of_a_dated_kind_is_no_second_event():
    html = (
        "<p>Nia Holt married Tom Reed on 12 November 2023 in Rome.</p>"
        "<p>The bridal party walked down the aisle to a song by singer Ada Brook.</p>"
    )
    assert events(html) == [("wedding", "2023-11-12", "Rome", ("Nia Holt", "Tom Reed"))]


def test_this_years_edition_is_the_night_the_sentence_tells():
    html = (
        "<p>Fans were last Saturday thrilled by Nia Holt and Tom Reed at this year's "
        "edition of the annual highlife concert.</p>"
    )
    assert events(html) == [("concert", "2024-02-10", None, ("Nia Holt", "Tom Reed"))]


def test_this_years_edition_is_the_night_the_post_reports():
    html = (
        "<p>Stars packed the Fairmont on Saturday night.</p>"
        "<p>The classic after-party was hosted this year by singer Nia Holt.</p>"
    )
    assert [e[:2] for e in events(html)] == [("party", "2024-02-10")]


def test_a_stadium_show_is_a_concert():
    html = "<p>Singer Tom Reed was in Cardiff, playing his own stadium show on Friday.</p>"
    assert events(html) == [("concert", "2024-02-09", None, ("Tom Reed",))]


def test_a_name_that_is_will_does_not_make_a_day_to_come():
    html = "<p>Actor Will Smith and Nia Holt attended the premiere of Hancock on Thursday.</p>"
    assert events(html) == [("premiere", "2024-02-08", None, ("Will Smith", "Nia Holt"))]


def test_more_ways_of_telling_a_birth():
    told = [
        "<p>Actress Ada Brook gives birth to a baby boy on Monday.</p>",
        "<p>Singer Nia Holt has delivered her first baby, a son, on Monday.</p>",
        "<p>Model Ivy Cole announced the birth of a bouncing baby boy on Monday.</p>",
    ]
    # (the day of an announcement is not the birth's)
    assert [[e[:2] for e in events(html)] for html in told] == [
        [("birth", "2024-02-12")],
        [("birth", "2024-02-12")],
        [("birth", None)],
    ]


def test_this_years_edition_does_not_take_the_day_of_another_event():
    html = (
        "<p>Her Golden Globes win on Sunday makes actress Nia Holt the favourite at this "
        "year's Oscars.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11"), ("award_show", "2024")]


def test_an_undated_ceremony_of_another_name_stays_its_own():
    html = (
        "<p>Actor Tom Reed attended the BAFTAs on Sunday. He also walked the red carpet at "
        "the Oscars.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11"), ("award_show", None)]


def test_an_undated_birth_of_another_mother_stays_its_own():
    html = (
        "<p>Model Ivy Cole gave birth to a son on June 19. Her friend Nia Holt had given "
        "birth to a baby boy too.</p>"
    )
    assert [e[::3] for e in events(html)] == [
        ("birth", ("Ivy Cole",)),
        ("birth", ("Nia Holt",)),
    ]


def test_a_split_is_the_couples_alone():
    html = (
        "<p>Maria Reed filed for divorce from actor Tom Reed on Monday.</p>"
        "<p>The divorce papers name their sons Patrick Reed and Christopher Reed.</p>"
    )
    assert events(html) == [("divorce", "2024-02-12", None, ("Maria Reed", "Tom Reed"))]


def test_a_marriage_counted_back_in_years_is_a_wedding_of_that_year():
    html = "<p>Actor Tom Reed thanked Nia Holt, whom he married 22 years ago.</p>"
    assert events(html) == [("wedding", "2002", None, ("Tom Reed", "Nia Holt"))]


def test_engaged_since_a_month_dates_the_engagement():
    html = "<p>Singer Nia Holt and Tom Reed have been engaged since December last year.</p>"
    assert events(html) == [("engagement", "2023-12", None, ("Nia Holt", "Tom Reed"))]


def test_ending_a_long_term_relationship_is_a_breakup():
    html = "<p>Actor Tom Reed ended his long-term relationship with Nia Holt this year.</p>"
    assert events(html) == [("breakup", "2024", None, ("Tom Reed", "Nia Holt"))]


def test_a_date_in_a_clause_about_who_they_are_is_not_the_events():
    html = (
        "<p>Singer Nia Holt and Tom Reed, who were first linked in January, got engaged "
        "during a private ceremony around Christmas.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2023-12")]


def test_one_wedding_told_at_two_agreeing_dates_is_one():
    html = (
        "<p>Tycoon Ernest Bako's son, Michael Kwesi Bako, got married in September 2023. "
        "Michael Bako married Rita Mensah on 23 September 2023 in Kumasi.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023-09-23")]


def test_someone_elses_wedding_in_the_same_month_is_another_wedding():
    html = (
        "<p>Nia Holt married Tom Reed in 2023. In June 2023, Nia Holt attended Bea Cole's "
        "wedding in Rome.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023"), ("wedding", "2023-06")]


def test_the_weekend_just_gone_dates_its_event_to_the_month_not_an_older_year():
    html = "<p>Tom Reed met Nia Holt in 2019 and they got engaged last weekend.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02")]


def test_the_day_an_engagement_is_confirmed_is_not_its_day_even_told_again():
    html = (
        "<p>Singer Tom Reed has confirmed his engagement to model Nia Holt.</p>"
        "<p>He confirmed the engagement in an Instagram post on Monday.</p>"
        "<p>His post says the engagement happened Saturday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-10")]


def test_the_people_in_someones_party_are_no_party():
    html = "<p>Tom Reed made sure everyone in his party coordinated their outfits.</p>"
    assert events(html) == []


def test_a_holiday_home_a_stumble_and_a_habit_are_no_trips():
    html = (
        "<p>Tom Reed bought a holiday home in Portugal. Did anyone trip over their cape? "
        "Nia Holt and Tom Reed met on annual holidays.</p>"
    )
    assert events(html) == []


def test_party_guests_and_a_party_city_are_no_party_of_their_own():
    html = (
        "<p>Nia Holt threw a birthday party on Saturday. Other party guests included Tom "
        "Reed. Next stop was the party city of Ibiza.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-10")]


def test_the_event_told_later_dates_an_editions_year_to_its_night():
    html = (
        "<p>The Kapuso Gala 2024 was a night to remember for Lia Cruz.</p>"
        "<p>The event, which took place on Saturday night at the Grand Ballroom, raised funds.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-10")]


def test_a_named_ceremony_told_again_takes_the_night_that_opens_the_sentence():
    html = (
        "<p>Nobody won the red carpet at this year's Hum Awards</p>"
        "<p>On Saturday night, while we were in bed by midnight, Dana Rafiq and the stars were "
        "partying in Houston for the Hum Awards.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-10")]


def test_married_before_a_role_and_a_name_is_a_wedding():
    html = "<p>After a whirlwind romance, Jo Lark married art gallerist Cy Moran on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-10")]


def test_a_date_after_a_speaking_verb_is_the_saying_not_the_wedding():
    html = (
        "<p>Jo Lark and Cy Moran tied the knot in front of 150 guests.</p>"
        "<p>“I haven’t been neurotic about the wedding,” she said back in June on a podcast.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None)]


def test_a_named_ceremony_told_again_leaves_the_days_of_other_events_and_sayings():
    html = (
        "<p>Nobody won the red carpet at this year's Hum Awards</p>"
        "<p>Dana Rafiq, who skipped the Hum Awards, married Ali Khan on Saturday. On Monday, "
        "Ali Khan told fans he had skipped the Hum Awards too.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024"), ("wedding", "2024-02-10")]


def test_the_day_tickets_sold_is_not_the_editions_night():
    html = (
        "<p>Lia Cruz will attend the Kapuso Gala 2024.</p>"
        "<p>Tickets for the Kapuso Gala sold out on Monday. Organisers of the event said on "
        "Tuesday that it would raise a record sum.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024")]


def test_a_speaking_verb_far_from_the_date_leaves_the_date_to_the_wedding():
    html = (
        "<p>Jo Lark and Cy Moran tied the knot last year. The wedding, which Lark said was the "
        "best day of her life, took place on 8 June 2023.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023-06-08")]


def test_married_as_an_adjective_is_no_wedding():
    html = (
        "<p>Tara Quinn, who uses her married name Quinn on screen, starred in the series. The "
        "once-married pair Tara Quinn and Ben Ashby were seen at dinner in London.</p>"
    )
    assert [e[0] for e in events(html)] == ["dinner"]


def test_the_undated_holiday_a_story_opens_with_has_no_date_but_one_under_way_has():
    html = (
        "<p>Inside Wayne Rook's Dubai family holiday as he hugs Coleen</p>"
        "<p>Wayne Rook has shared new pictures from the trip.</p>"
    )
    assert [e[:2] for e in events(html)] == [("vacation", None)]
    html = "<p>Wayne Rook is currently enjoying a family holiday in Dubai.</p>"
    assert [e[:2] for e in events(html)] == [("vacation", "2024-02")]


def test_a_party_the_story_opens_with_over_the_weekend_is_of_the_month_not_a_day():
    html = "<p>Nia Holt threw a party over the weekend with Tom Reed.</p>"
    assert [e[:2] for e in events(html)] == [("party", "2024-02")]


def test_a_nikah_is_a_wedding_capitalised_or_not():
    html = "<p>Pacer Shaheen Afri’s Nikah Friday was solemnised at a Karachi mosque.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-09")]
    html = "<p>Junaid Safar’s nikkah was held at a hotel in London in 2021.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2021")]


def test_delivering_boys_is_a_birth():
    html = "<p>Costars Billie Lowe and Lea Mitchell both delivered boys earlier this year.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2024")]


def test_a_party_among_emojis_and_a_characters_baby_are_no_events():
    html = (
        "<p>“What!!!” Nia Holt wrote along with a champagne, party, and red heart emoji. Tom "
        "Reed plays Doug on the soap, and his character welcomed a baby last year.</p>"
    )
    assert events(html) == []


def test_her_latest_gig_is_the_concert_just_told():
    html = (
        "<p>Beyonce performed at a sold-out concert at SoFi Stadium on Saturday. Her latest gig "
        "attracted the likes of Kim Kardashian and Adele.</p>"
    )
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")]


def test_two_acts_shows_in_one_sentence_are_two_concerts_each_with_its_act():
    html = (
        "<p>Carole Samaha will perform a concert in Luxor on February 15, while Hiba Tawaji"
        " will perform a concert in Cairo on February 16.</p>"
    )
    assert events(html) == [
        ("concert", "2024-02-15", "Luxor", ("Carole Samaha",)),
        ("concert", "2024-02-16", "Cairo", ("Hiba Tawaji",)),
    ]


def test_another_years_date_never_refines_this_years_edition():
    html = (
        "<p>Ali Khan stole the show at this year's Hum Awards.</p>"
        "<p>He first attended the Hum Awards on 5 October 2019 as a newcomer.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024")]


def test_married_before_any_describing_words_and_a_name_is_a_wedding():
    html = "<p>Mia Lowe married former Love Island star Tom Reed in 2019.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2019")]


def test_a_lead_that_looks_back_is_not_of_the_posts_month():
    html = "<p>Mia Lowe recalled a childhood holiday in Cornwall with her late father.</p>"
    assert [e[:2] for e in events(html)] == [("vacation", None)]


def test_a_date_a_few_words_after_a_speaking_verb_is_the_saying():
    html = (
        "<p>Mia Lowe married Tom Reed in 2023.</p>"
        "<p>“I wasn't nervous about the wedding,” she told reporters in June.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023")]


def test_a_saying_before_the_ceremonys_name_leaves_its_night_to_it():
    html = (
        "<p>Nobody won at this year's Hum Awards.</p>"
        "<p>“It was a dream,” Ali Khan said of his win at the Hum Awards on Saturday night.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-10")]


def test_married_opening_a_sentence_describes_a_couple():
    html = "<p>Married actors Bryan Bowen and Rachel Ward rubbed shoulders with the stars.</p>"
    assert events(html) == []


def test_a_lead_naming_love_island_still_tells_its_news():
    html = (
        "<p>Maura Hill has been having the time of her life celebrating turning 30 with her "
        "Love Island pals.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", None)]


def test_an_undated_birth_told_again_is_the_one_dated_birth_sharing_a_parent():
    html = (
        "<p>Dan Reed has confirmed the birth of his second child with wife Ana Reed.</p>"
        "<p>Ana gave birth to their son Jack on 23 January, he said.</p>"
    )
    assert events(html) == [("birth", "2024-01-23", None, ("Ana Reed", "Dan Reed"))]
    assert extract(html, DAY).events[0].about == "Jack"


def test_a_final_performance_and_hitting_the_stage_are_concerts():
    assert events("<p>Tonight is Nia Holt's final performance at the Coliseu.</p>") == [
        ("concert", "2024-02-14", None, ("Nia Holt",))
    ]
    assert events("<p>Nia Holt hit the stage on Friday with her band.</p>") == [
        ("concert", "2024-02-09", None, ("Nia Holt",))
    ]


def test_shows_at_a_named_arena_are_a_concert():
    html = "<p>Nia Holt is in town for seven shows at the Tagus Arena.</p>"
    assert events(html) == [("concert", None, "the Tagus Arena", ("Nia Holt",))]


def test_shows_at_a_fashion_week_and_a_final_performance_as_a_part_are_no_concerts():
    assert events("<p>Gigi Hadid walked in three shows at Paris Fashion Week.</p>") == []
    assert events("<p>Daniel Craig gave his final performance as James Bond.</p>") == []


def test_a_birth_of_another_child_told_undated_is_another_birth():
    html = (
        "<p>Stacey Solomon welcomed daughter Belle on 7 June 2023.</p>"
        "<p>Stacey gave birth to Rose at home, she once said.</p>"
    )
    assert [(e.type, e.date.value if e.date else None) for e in extract(html, DAY).events] == [
        ("birth", "2023-06-07"),
        ("birth", None),
    ]


def test_a_birthday_concert_is_dated_for_both_the_birthday_and_the_concert():
    html = "<p>Everyone was at Nia Holt's star-studded birthday concert in Lisbon last night.</p>"
    assert events(html) == [
        ("birthday", "2024-02-13", "Lisbon", ("Nia Holt",)),
        ("concert", "2024-02-13", "Lisbon", ("Nia Holt",)),
    ]


def test_shows_at_madison_square_garden_and_a_final_performance_in_a_city_are_concerts():
    assert [e[0] for e in events("<p>Nia Holt played two shows at Madison Square Garden.</p>")] == [
        "concert"
    ]
    assert [e[0] for e in events("<p>It was Nia Holt's final performance in Las Vegas.</p>")] == [
        "concert"
    ]


def test_a_day_a_wedding_is_planned_for_is_the_coming_one():
    html = "<p>A wedding for Noor Haldane and Idris Kowalczyk has been planned for March 14.</p>"
    [wedding] = extract(html, DAY).events
    assert (wedding.type, wedding.date.value, wedding.scheduled) == ("wedding", "2024-03-14", True)


def test_a_day_a_wedding_was_set_for_is_not_read_as_to_come():
    html = "<p>Noor Haldane's wedding to Idris Kowalczyk was set for March 14.</p>"
    [wedding] = extract(html, DAY).events
    assert wedding.date.value == "2023-03-14"


def test_a_bundle_of_joy_welcomed_and_a_newborn_greeted_are_births():
    html = (
        "<p>Noor Haldane and Idris Kowalczyk took to Instagram to welcome their little "
        "bundle of joy on Monday.</p>"
    )
    assert events(html)[0][:2] == ("birth", "2024-02-12")
    html = "<p>Noor Haldane and her husband said hello to their newborn daughter last month.</p>"
    assert events(html)[0][:2] == ("birth", "2024-01")


def test_the_governors_ball_is_the_oscars_party():
    html = "<p>Noor Haldane filled the Governors Ball on Sunday night with Oscar winners.</p>"
    assert events(html)[0][:2] == ("party", "2024-02-11")


def test_in_the_year_dates_an_event():
    html = "<p>Actress Noor Haldane in the year 2022 broke the internet with her wedding.</p>"
    assert events(html)[0][:2] == ("wedding", "2022")


def test_a_day_without_a_year_is_in_the_past_year_the_story_told():
    html = (
        "<p>In December 2018, Noor Haldane and Idris Kowalczyk shared news of their "
        "engagement.</p><p>On November 30, at their favourite restaurant, Idris Kowalczyk "
        "proposed to Noor Haldane.</p>"
    )
    dates = [e[1] for e in events(html)]
    assert "2018-11-30" in dates and "2023-11-30" not in dates


def test_a_background_year_sets_no_day():
    html = (
        "<p>In 2016, Noor Haldane and Idris Kowalczyk performed together.</p><p>On "
        "February 11, the pair were spotted at a dinner in Los Angeles.</p>"
    )
    assert events(html)[-1][:2] == ("dinner", "2024-02-11")


def test_the_news_of_an_engagement_weeks_later_is_the_same_engagement():
    html = (
        "<p>In December 2018, the couple shared news of their engagement.</p><p>On "
        "November 30, Idris Kowalczyk proposed to Noor Haldane at their favourite "
        "restaurant.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2018-11-30")]


def test_a_round_ups_year_dates_the_weddings_it_rounds_up():
    html = (
        "<p>Here are the celebrities who walked down the aisle in 2023.</p>"
        "<p>Noor Haldane married Idris Kowalczyk in a lavish wedding in Paris.</p>"
        "<p>Ann Wu wed Tom Reed in a small wedding in Rome.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2023")] * 2


def test_a_year_told_of_many_couples_dates_no_other_event():
    html = (
        "<p>Many celebrities walked down the aisle in 2023.</p>"
        "<p>Noor Haldane married Idris Kowalczyk in Paris. Ann Wu had a party in Rome.</p>"
        "<p>Tom Reed held a party in Oslo.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("wedding", "2023"),
        ("party", None),
        ("party", None),
    ]


def test_each_item_of_a_round_up_is_its_own_couples_split():
    html = (
        "<p>Take a look at the breakups of the year:</p>"
        "<h2>Matt Reed and Ann Wu</h2><p>Matt Reed started dating Ann Wu in 2016.</p>"
        "<p>The pair called it quits in February, a source said.</p>"
        "<h2>Noor Haldane and Idris Kowalczyk</h2>"
        "<p>Noor Haldane and Idris Kowalczyk started dating in 2020.</p>"
        "<p>The couple split in February, a source said.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("breakup", "2024-02", ("Matt Reed", "Ann Wu")),
        ("breakup", "2024-02", ("Noor Haldane", "Idris Kowalczyk")),
    ]


def test_a_rehearsal_dinner_is_a_dinner_of_its_own():
    html = (
        "<p>Noor Haldane and Idris Kowalczyk wed in Rome in 2014.</p><p>They flew 200 "
        "guests from their rehearsal dinner at the Palace of Versailles to their wedding "
        "venue in Italy.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2014"), ("dinner", None)]


def test_a_pre_wedding_lunch_is_a_party_not_the_wedding():
    html = (
        "<p>Noor Haldane and Idris Kowalczyk wed in Rome in 2014.</p><p>The day before, "
        "Noor Haldane and Idris Kowalczyk had a pre-wedding lunch at a villa.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2014"), ("party", None)]


def test_a_wedding_a_couple_is_expected_to_have_is_to_come():
    html = "<p>Noor Haldane and Idris Kowalczyk are expected to tie the knot in June.</p>"
    [wedding] = extract(html, DAY).events
    assert (wedding.date.value, wedding.scheduled) == ("2024-06", True)


def test_a_year_told_at_the_end_of_the_sentence_before_sets_no_story_time():
    html = (
        "<p>Noor Haldane is suing Idris Kowalczyk over a song he wrote in 2021.</p><p>The "
        "two came face to face on 3 February at a preliminary hearing at the High Court.</p>"
    )
    assert events(html)[0][:2] == ("court_hearing", "2024-02-03")


def test_what_is_expected_after_a_past_clause_leaves_the_past_event_past():
    html = (
        "<p>Noor Haldane, who tied the knot with Idris Kowalczyk on Saturday, is expected "
        "to return to work in March.</p>"
    )
    [wedding] = extract(html, DAY).events
    assert (wedding.date.value, wedding.scheduled) == ("2024-02-10", False)


def test_a_party_planned_for_weeks_is_no_party_to_come():
    html = "<p>The surprise party for Noor Haldane on Friday had been planned for weeks.</p>"
    assert events(html)[0][:2] == ("party", "2024-02-09")


def test_preparing_to_welcome_a_baby_is_no_birth_and_a_nephew_is_no_child():
    assert events("<p>Noor Haldane is preparing to welcome her new arrival.</p>") == []
    assert events("<p>Noor Haldane said hello to her newborn nephew on Friday.</p>") == []


def test_a_birthday_on_a_weekday_is_still_a_birthday():
    html = "<p>Noor Haldane's birthday is on Saturday and she is throwing a party with Ann Wu.</p>"
    assert events(html)[0][0] == "birthday"


def test_the_governors_ball_festival_is_no_oscars_party():
    html = "<p>Noor Haldane headlined the Governors Ball in New York on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")]


def test_a_caption_between_paragraphs_is_no_round_up_item():
    html = (
        "<p>Noor Haldane and Idris Kowalczyk have split.</p><p>Idris Kowalczyk and Ann Wu</p>"
        "<p>The pair split in January, a source said.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("breakup", ("Noor Haldane", "Idris Kowalczyk"))
    ]


def test_an_upcoming_event_announced_is_still_to_come():
    html = "<p>Noor Haldane announced her next concert in Munich on August 2.</p>"
    [concert] = extract(html, DAY).events
    assert (concert.date.value, concert.scheduled) == ("2024-08-02", True)


def test_the_governors_ball_after_the_oscars_told_before_is_their_party():
    html = (
        "<p>The Oscars took place on Sunday. Later, Noor Haldane and Idris Kowalczyk danced "
        "at the Governors Ball.</p>"
    )
    assert ("party", "2024-02-11") in [e[:2] for e in events(html)]


def test_a_birthday_a_palace_marked_is_a_birthday():
    html = "<p>Noor Haldane's birthday falls on February 9, and her family marked it.</p>"
    assert events(html)[0][:2] == ("birthday", "2024-02-09")


def test_a_recent_day_after_a_past_month_is_the_news():
    html = (
        "<p>In March 2023, Noor Haldane and Idris Kowalczyk split.</p><p>On February 10, "
        "Idris Kowalczyk was spotted at a dinner in London with Ann Wu.</p>"
    )
    assert ("dinner", "2024-02-10") in [e[:2] for e in events(html)]


def test_married_at_a_place_is_a_wedding_but_married_at_the_time_is_not():
    html = "<p>Nia Holt and Tom Reed were married at the Beverly Hills courthouse in 2008.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2008")]
    html = "<p>Nia Holt and Tom Reed were married at the time of the crash in 2019.</p>"
    assert events(html) == []
    assert events("<p>Actor Tom Reed was married at least eight times.</p>") == []


def test_a_wished_for_wedding_is_no_event_but_a_planned_one_is():
    assert events("<p>Nia Holt said she wants to marry Tom Reed and have kids.</p>") == []
    html = "<p>Nia Holt plans to marry Tom Reed in June.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-06")]


def test_a_desire_or_a_plan_with_no_time_is_no_event():
    assert events("<p>Tom Reed expressed his desire to marry Nia Holt.</p>") == []
    html = "<p>Singer Nia Holt confirmed reports she is planning to wed Tom Reed.</p>"
    assert events(html) == []
    html = "<p>Nia Holt is planning to wed Tom Reed in Malibu next month.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-03")]


def test_a_wedding_kept_low_key_as_wanted_still_happened():
    html = (
        "<p>Nia Holt and Tom Reed wanted to keep their wedding low-key, inviting just 20 "
        "guests to the ceremony in Malibu on Saturday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-10")]


def test_a_birthday_someone_did_not_live_to_see_is_no_event():
    html = (
        "<p>Singer Tom Reed sang for the late Nia Holt on what would have been the "
        "singer's 60th birthday on Saturday.</p>"
    )
    assert events(html) == []
    html = (
        "<p>Fans marked what would have been the late Queen Ada II's 98th birthday on Sunday.</p>"
    )
    assert events(html) == []
    assert events("<p>Nia Holt would have celebrated her 60th birthday on Friday.</p>") == []


def test_a_holiday_falls_in_the_past_year_the_sentence_opens_with():
    html = "<p>In 2019, Nia Holt and Tom Reed got engaged on Valentine's Day.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2019-02-14")]
    # Without it, the last Valentine's Day before the post.
    html = "<p>Nia Holt and Tom Reed got engaged on Valentine's Day.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-14")]
    # Not a holiday with a time of its own, nor one ahead or counted on from the year.
    html = "<p>In 2019, Nia Holt met Tom Reed, but they only got engaged last Christmas.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2023-12-25")]
    html = "<p>In 2019, Nia Holt met Tom Reed; five years later, on Valentine's Day, they wed.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-14")]
    # That year's own day: Thanksgiving 2022 was on the 24th.
    html = "<p>In 2022, on Thanksgiving, Nia Holt hosted a dinner.</p>"
    assert [e[:2] for e in events(html)] == [("dinner", "2022-11-24")]


def test_holding_court_or_playing_on_court_is_no_hearing():
    html = (
        "<p>Nia Holt and Tom Reed held court at table No. 53 on Sunday. "
        "Reed was on the court for three hours.</p>"
        '<p>"I\'m hearing the champagne is broken," Holt said.</p>'
    )
    assert [e[0] for e in events(html)] == []
    # A court's steps and a judge hearing a case are the court's.
    html = "<p>Nia Holt spoke to reporters on the court steps on Monday.</p>"
    assert [e[:2] for e in events(html)] == [("court_hearing", "2024-02-12")]
    html = "<p>Judge Lee kept hearing arguments in the case of Nia Holt on Monday.</p>"
    assert [e[:2] for e in events(html)] == [("court_hearing", "2024-02-12")]


def test_a_generic_ceremony_opening_the_post_is_the_one_it_reports():
    html = (
        "<p>Awards ceremony nights bring the stars together. Last night's Zenith Awards "
        "was one such night.</p>"
        "<p>The 10th Zenith Awards was held on February 13, 2024, hosted by Nia Holt.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-13")]
    assert facts_names(html) == ["Zenith Awards"]
    # A name that opens its sentence keeps its capital: "Met gala" names the Met Gala.
    assert facts_names("<p>Met gala guests dazzled on Monday, led by Nia Holt.</p>") == ["Met gala"]


def test_tomorrow_is_the_day_after_the_post_and_to_come():
    html = "<p>The Zenith Awards, which hold tomorrow in Lagos, will see Nia Holt perform.</p>"
    facts = extract(html, DAY)
    assert [(e.type, e.date.value, e.scheduled) for e in facts.events] == [
        ("award_show", "2024-02-15", True)
    ]
    # It dates what it says, not the rest of its sentence; a title's "Tomorrow" is none.
    html = (
        "<p>Nia Holt and Tom Reed married on Saturday in Lisbon and fly to Bali for their "
        "honeymoon tomorrow.</p>"
    )
    assert [(e.type, e.date.value, e.scheduled) for e in extract(html, DAY).events] == [
        ("wedding", "2024-02-10", False),
        ("vacation", "2024-02-15", True),
    ]
    html = "<p>Tomorrow X Together performed at the Grammys on Sunday.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11")]


def test_a_set_sung_by_someone_is_a_concert():
    for html in (
        "<p>Singer Nia Holt was joined by Ada Lowe during her set on Saturday.</p>",
        "<p>Fans cheered Nia Holt's set at the Roskilde Festival on Saturday.</p>",
        "<p>Nia Holt closed her Roskilde set on Saturday with a new song.</p>",
    ):
        assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")], html


def test_a_set_that_is_no_music_is_no_concert():
    for html in (
        "<p>Actor Tom Reed visited her set of photographs at the gallery on Saturday.</p>",
        "<p>Nia Holt's set to star in a new film, her agent said on Saturday.</p>",
        "<p>Tom Reed was on set with Ada Lowe on Saturday.</p>",
    ):
        assert "concert" not in [e[0] for e in events(html)], html


def test_songs_performed_are_a_concert():
    for html in (
        "<p>Singer Nia Holt performed 'Blue Hour' with Ada Lowe on Saturday.</p>",
        "<p>Singer Nia Holt performed with Ada Lowe on Saturday.</p>",
        "<p>Singer Nia Holt was performing her chart-topping hits on Saturday.</p>",
    ):
        assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")], html


def test_a_performance_told_by_its_night_is_a_concert():
    for html in (
        "<p>While in Lagos for a Saturday night performance, singer Nia Holt met fans.</p>",
        "<p>Actor Tom Reed partied with singer Nia Holt during Saturday night's show.</p>",
    ):
        assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")], html


def test_an_actors_performance_is_no_concert():
    html = "<p>Critics praised Tom Reed's performance in the film on Saturday.</p>"
    assert "concert" not in [e[0] for e in events(html)]


def test_taking_a_named_stage_is_a_concert():
    html = "<p>Singer Nia Holt took to the Pyramid Stage on Saturday night.</p>"
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")]


def test_a_music_festival_by_name_is_a_concert_but_not_its_lineup():
    html = "<p>Singer Nia Holt was among the acts at Glastonbury on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")]
    html = "<p>Singer Nia Holt joined Coachella's 2025 lineup on Saturday, her label said.</p>"
    assert "concert" not in [e[0] for e in events(html)]


def test_a_concert_performed_at_a_birthday_is_a_concert_of_its_own():
    html = (
        "<p>Singer Tom Reed celebrated his birthday on Saturday. On March 25 he will perform a "
        "concert at the Apollo.</p>"
    )
    assert ("concert", "2024-03-25") in [e[:2] for e in events(html)]


def test_a_wedding_put_off_or_only_planned_is_no_event():
    for html in (
        "<p>Last year, singer Nia Holt and Tom Reed were forced to postpone their wedding twice.</p>",
        "<p>In January 2021, Nia Holt said that she and Tom Reed planned to wed in Italy in 2020.</p>",
        "<p>Nia Holt and Tom Reed had intended to have a big church wedding in 2020.</p>",
    ):
        assert events(html) == [], html


def test_another_trip_around_the_sun_is_a_birthday_not_a_trip():
    html = "<p>“Another trip around the sun,” Nia Holt captioned her post on Saturday.</p>"
    assert "vacation" not in [e[0] for e in events(html)]


def test_a_child_of_the_parents_surname_born_that_day_is_the_birth_reported():
    html = (
        "<p>Presenter Nia Holt and her husband, Tom Reed, have welcomed a baby boy on Tuesday. "
        "Joey Reed was born earlier that day at 11:31am.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-13")]


def test_someones_wedding_told_again_with_its_guests_is_the_wedding_reported():
    html = (
        "<p>Tom Reed married Nia Holt in Lagos on Saturday.</p><h2>Guest list at Tom Reed's "
        "wedding</h2><p>Singers Ada Lowe and Ben Okafor were among the guests.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2024-02-10")]


def test_winners_and_hosts_told_after_the_awards_night_attended_it():
    html = (
        "<p>The Zenith Awards were held in Lagos on Saturday. Nia Holt took home Best Actress, "
        "while Tom Reed hosted. Ada Lowe, who won in 2019, sent a message.</p>"
    )
    [(kind, date, _, people)] = events(html)
    assert (kind, date, people) == ("award_show", "2024-02-10", ("Nia Holt", "Tom Reed"))


def test_married_until_a_year_is_a_divorce_that_year():
    html = "<p>Singer Nia Holt and Tom Reed were married until 2009 and share two children.</p>"
    assert [e[:2] for e in events(html)] == [("divorce", "2009")]
    html = "<p>Nia Holt and Tom Reed were married until his death.</p>"
    assert events(html) == []


def test_an_award_shows_stage_is_the_award_show():
    html = "<p>Cillian Murphy took to the Oscars stage to accept Best Actor on Sunday.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11")]


def test_a_set_stage_show_or_performance_with_no_music_told_is_no_concert():
    for html in (
        "<p>On Friday night's show, Graham Norton welcomed Margot Robbie and Ryan Gosling.</p>",
        "<p>Her Saturday night performance on Strictly Come Dancing wowed Tom Reed.</p>",
        "<p>Nia Holt shared photos from her set on Saturday, where she is filming a drama.</p>",
        "<p>Nia Holt won her set against Ada Lowe on Saturday.</p>",
        "<p>Nia Holt stepped out in her Skims set on Saturday.</p>",
        "<p>Actor Tom Reed performed 'Hamlet' at the Almeida on Saturday.</p>",
        "<p>Nia Holt took to the DNC stage on Saturday.</p>",
        "<p>Glastonbury has announced its headliners: singers Nia Holt and Tom Reed.</p>",
        "<p>Coachella 2024 line-up: singer Nia Holt will headline.</p>",
    ):
        assert "concert" not in [e[0] for e in events(html)], html


def test_a_nights_set_at_a_festival_is_one_concert():
    html = "<p>Nia Holt's Saturday night headline set at Glastonbury was a triumph.</p>"
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-10")]


def test_a_turn_to_come_at_a_ceremony_to_come_is_part_of_it():
    html = "<p>Singer Nia Holt will perform at the Brit Awards next week.</p>"
    assert [e[0] for e in events(html)] == ["award_show"]


def test_only_a_prize_told_of_the_night_places_a_winner_there():
    html = (
        "<p>The Zenith Awards were held in Lagos on Saturday. Nia Holt took home Best Actress. "
        "Ada Lowe, who previously won the prize, stayed home. Tom Reed received backlash "
        "online.</p>"
    )
    assert [e[3] for e in events(html)] == [("Nia Holt",)]


def test_another_wedding_of_the_couple_is_not_folded_into_the_dated_one():
    for html in (
        "<p>Tom Reed married Nia Holt in Lagos on Saturday. Ada Lowe's wedding to Tom Reed "
        "ended in divorce.</p>",
        "<p>Tom Reed married Nia Holt in Lagos on Saturday. Ada Lowe, a guest at Tom Reed's "
        "first wedding, sent flowers.</p>",
    ):
        [wedding, *_] = events(html)
        assert wedding[:2] == ("wedding", "2024-02-10") and "Ada Lowe" not in wedding[3], html


def test_a_relatives_child_born_is_not_the_couples_birth():
    html = (
        "<p>Presenter Nia Holt and her husband, Tom Reed, have welcomed a baby boy on Tuesday. "
        "Tom's nephew Max Reed was born a week earlier.</p>"
    )
    assert len([e for e in events(html) if e[0] == "birth"]) == 2


def test_a_wedding_to_be_put_off_is_still_to_come():
    html = "<p>Nia Holt and Tom Reed will postpone their wedding until 2025.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2025")]


def test_a_list_of_marriages_is_one_wedding_each():
    html = (
        "<p>Singer Nia Holt has been married three times before, to actor Tom Reed for a year "
        "in 1998, followed by Ben Okafor in 2001, and Sam Idowu in 2004.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("wedding", "1998", ("Nia Holt", "Tom Reed")),
        ("wedding", "2001", ("Nia Holt", "Ben Okafor")),
        ("wedding", "2004", ("Nia Holt", "Sam Idowu")),
    ]


def test_a_wedding_set_but_cancelled_is_no_event():
    html = (
        "<p>Nia Holt and Tom Reed were set to tie the knot in Italy in 2020 but had to cancel "
        "their plans twice.</p>"
    )
    assert events(html) == []


def test_the_met_gala_is_a_gala_and_keeps_its_name_and_edition():
    assert [
        (e.name, e.type, e.date.value)
        for e in extract("<p>Actress Nia Holt shone at the 2023 Met Gala.</p>", DAY).events
    ] == [("Met Gala", "gala", "2023")]


def test_a_set_in_a_post_about_a_festival_is_a_concert():
    html = (
        "<p>The festival had its highs and lows this weekend.</p>"
        "<p>Fans cheered as Nia Holt brought out Ada Lowe during Tom Reed's Pyramid Stage set "
        "on Saturday.</p>"
    )
    assert ("concert", "2024-02-10") in [e[:2] for e in events(html)]
    html = (
        "<p>Actress Nia Holt has a new film out.</p>"
        "<p>Fans cheered as Nia Holt visited Tom Reed's Pyramid Stage set on Saturday.</p>"
    )
    assert "concert" not in [e[0] for e in events(html)]


def test_triggers_that_open_on_a_capital_are_found_where_the_whole_pattern_finds_them():
    from pelican_celebmeta.core.events import _TRIGGER, _triggers

    for text in (
        "Billie Eilish was a surprise guest during Labrinth's Coachella set.",
        "Fans cheered during Tom Reed's Pyramid Stage set on Saturday.",
        "Nia Holt took to the Other Stage at Glastonbury, then Tom Reed's Sunday night set.",
    ):
        assert [m.span() for m in _triggers(text)] == [m.span() for m in _TRIGGER.finditer(text)]


def test_a_festivals_sets_are_each_performers_own_concert_on_its_day():
    html = (
        "<p>Glastonbury treated music fans to a day of highs and lows on Saturday.</p>"
        "<p>Rita Ora joined Nia Holt for her set, while Tom Reed thrilled the crowd.</p>"
        "<p>Ada Lowe watched Ben Okafor's Pyramid Stage set.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("concert", "2024-02-10", ()),
        ("concert", "2024-02-10", ("Rita Ora", "Nia Holt", "Tom Reed")),
        ("concert", "2024-02-10", ("Ada Lowe", "Ben Okafor")),
    ]


def test_a_birth_earlier_that_day_is_on_the_day_told_before():
    html = (
        "<p>Presenter Nia Holt and her husband Tom Reed shared the news on Tuesday. Their son "
        "Joey was born earlier that day at 11:31am.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-13")]


def test_a_delayed_wedding_a_characters_wedding_and_a_trip_to_a_ceremony_are_no_such_events():
    assert events("<p>Nia Holt and Tom Reed had delayed their wedding twice in 2020.</p>") == []
    html = (
        "<p>Nia Holt, whose character Rachel in the legal drama married her colleague in the "
        "finale last year, smiled.</p>"
    )
    assert events(html) == []
    html = "<p>Nia Holt jetted off to Las Vegas for the Zenith Music Awards on Sunday.</p>"
    assert [e[0] for e in events(html)] == ["award_show"]
    html = "<p>Nia Holt jetted off to Mykonos for a relaxing break on Sunday.</p>"
    assert [e[0] for e in events(html)] == ["vacation"]


def test_a_ceremony_of_this_year_told_as_under_way_is_on_the_posts_day():
    html = "<p>The Brit Awards 2024 have arrived, with Dua Lipa opening the night.</p>"
    assert events(html) == [("award_show", DAY, None, ("Dua Lipa",))]
    html = "<p>The Brit Awards 2023 have arrived, with Dua Lipa opening the night.</p>"
    assert events(html) == [("award_show", "2023", None, ("Dua Lipa",))]


def test_a_nights_show_after_the_awards_is_the_awards_own_and_dates_them():
    html = (
        "<p>Halifax played host this weekend to the annual Juno Awards show, with Nelly "
        "Furtado presiding.</p><p>Saturday night’s show was kicked off by surprise guest "
        "Anne Murray, presenting the first award to the band the Beaches.</p>"
    )
    assert events(html) == [("award_show", "2024-02-10", None, ("Nelly Furtado", "Anne Murray"))]


def test_a_name_one_was_born_with_is_no_birth():
    html = "<p>Born Wesley Williams, the rapper is the first hip-hop member of the hall.</p>"
    assert events(html) == []
    # (but a child's name told with the birth is a birth still)
    html = "<p>Their daughter was born Lila Grace, weighing 7lbs, on February 3.</p>"
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-03")]


def test_a_post_on_one_awards_night_places_whom_its_sentences_of_the_night_name():
    html = (
        "<p>The Juno Awards took place in Halifax on Sunday night, with Nelly Furtado "
        "presiding.</p><p>Charlotte Cardin scored album of the year, and Elliot Page "
        "presented the humanitarian award.</p><p>Karan Aujla sailed to a fan choice win.</p>"
        "<p>“I never thought I would be here,” said Aujla, thanking Drake.</p>"
    )
    assert events(html) == [
        (
            "award_show",
            "2024-02-11",
            "Halifax",
            ("Nelly Furtado", "Charlotte Cardin", "Elliot Page", "Karan Aujla"),
        )
    ]


def test_a_night_told_in_passing_places_no_one_else():
    html = (
        "<p>Maya Reed wed Tom Vale in Rome on Saturday.</p><p>She had won at the Brit Awards "
        "in February.</p><p>Her sister Ada Reed posed with guests in the garden.</p>"
    )
    assert ("award_show", "2024-02", None, ("Maya Reed",)) in events(html)


def test_an_event_named_as_a_likeness_is_none():
    html = (
        "<p>The AACTA Awards, Australia's answer to the Oscars and Emmys, took place on "
        "Saturday night with Margot Robbie.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-10")]


def test_trophies_one_holds_are_no_ceremony():
    assert events("<p>Kacey Musgraves has been busy carrying all her Grammys around.</p>") == []
    html = "<p>Fans corrected Vin Diesel on the number of Grammys Christina Aguilera has won.</p>"
    assert events(html) == []


def test_speech_naming_an_event_without_a_time_tells_no_event_but_a_couples_news():
    html = "<p>“I don’t think people realise how hard that gig is,” said Nia Holt.</p>"
    assert events(html) == []
    html = "<p>“We went to dinner and then to a gallery,” said Nia Holt.</p>"
    assert events(html) == []
    html = "<p>“Yes, I got engaged,” said Nia Holt, showing the ring.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None)]
    html = "<p>“We went to dinner on Friday,” said Nia Holt.</p>"
    assert [e[:2] for e in events(html)] == [("dinner", "2024-02-09")]


def test_saying_i_do_is_a_wedding_but_not_saying_i_do_not():
    html = "<p>Barack Obama and Michelle Obama said I Do on October 3, 1992 in Chicago.</p>"
    assert events(html) == [
        ("wedding", "1992-10-03", "Chicago", ("Barack Obama", "Michelle Obama"))
    ]
    html = "<p>Nia Holt and Tom Reed said 'I do' in Rome on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-10")]
    assert events("<p>Nia Holt said I do love the song, on Saturday.</p>") == []


def test_the_date_a_romance_began_is_not_the_engagements():
    html = (
        "<p>Nia Holt and Tom Reed began dating in 2017 and he popped the question in "
        "Rome in 2019.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2019")]
    html = "<p>Nia Holt and Tom Reed met in 2015 and married in Rome.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", None)]
    html = "<p>Nia Holt and Tom Reed, who started dating in 2016—got engaged on a beach.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", None)]


def test_a_parts_time_dates_no_real_event():
    html = (
        "<p>Nia Holt, whose character Rachel in the legal drama married her colleague Mike "
        "Ross in the season finale last month, tied the knot with Tom Reed in real life.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None)]


def test_delivering_the_tot_is_a_birth_dated_where_told():
    html = (
        "<p>Nia Holt has given birth to a baby girl</p><p>The actress delivered the tot on "
        "Sunday, Us Weekly has confirmed.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-11")]
    # (but not the baby's gifts, nor the newborn's photos)
    html = "<p>A courier delivered the baby's first gifts from Nia Holt on Monday.</p>"
    assert events(html) == []
    html = "<p>The stork delivered the newborn photos of Nia Holt to fans on Monday.</p>"
    assert events(html) == []


def test_an_awards_party_is_on_the_awards_night():
    html = (
        "<p>Last night the 2024 Oscars took place in Hollywood.</p><p>But it's the party "
        "after the party that counts.</p><p>Let's start with the Vanity Fair Oscars party, "
        "where Nia Holt danced.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-13"), ("party", "2024-02-13")]


def test_a_dining_room_or_a_dinner_table_is_no_dinner():
    assert events("<p>There is also a formal dining area for Nia Holt and her guests.</p>") == []
    assert events("<p>Families sat around dinner tables with Nia Holt.</p>") == []


def test_a_festive_day_is_no_trip():
    html = "<p>Nia Holt said it is the first time she has someone to spend the holiday with.</p>"
    assert events(html) == []
    html = "<p>Nia Holt is celebrating one of America’s most beloved holidays.</p>"
    assert events(html) == []
    html = "<p>Nia Holt is currently on holiday in Dubai.</p>"
    assert [e[0] for e in events(html)] == ["vacation"]


def test_an_arraignment_or_a_case_adjourned_to_a_day_is_a_court_hearing():
    html = "<p>Naira Marley was ordered to appear on March 14 for arraignment.</p>"
    assert [e[:2] for e in events(html)] == [("court_hearing", "2024-03-14")]
    html = "<p>The case against Seun Kuti has been adjourned till Wednesday, May 22.</p>"
    assert [e[:2] for e in events(html)] == [("court_hearing", "2024-05-22")]


def test_a_night_report_places_no_one_told_elsewhere_gone_or_only_related():
    html = (
        "<p>The Met Gala took place in New York on Monday night.</p>"
        "<p>Kim Kardashian's ex-husband Kanye West was in Tokyo with Bianca Censori.</p>"
        "<p>Annie Lennox paid tribute to Sinead O'Connor, who died last year.</p>"
        "<p>Zendaya wore a gown by designer Ana Costa, presented by Tom Reed.</p>"
    )
    assert events(html) == [("gala", "2024-02-12", "New York", ("Zendaya", "Tom Reed"))]


def test_a_tours_night_is_not_the_ceremonys():
    html = (
        "<p>Taylor Swift thanked fans after the Grammys.</p><p>She resumed her Eras Tour in "
        "Tokyo, and Saturday night's show saw her perform Love Story.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", None), ("concert", "2024-02-10")]


def test_look_alikes_of_this_releases_event_rules_stay_as_they_were():
    # a ceremony's news before the night, an answer, a part's look, a night date
    html = "<p>The Brit Awards 2024 nominations have arrived, with Raye leading.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", "2024")]
    html = (
        '<p>Asked if she still talks to Kanye West, Kim Kardashian said "I do, for the kids."</p>'
    )
    assert events(html) == []
    html = (
        "<p>Margot Robbie channelled her character at the Barbie premiere in London on Sunday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("premiere", "2024-02-11")]
    html = "<p>Taylor Swift brought Travis Kelce as her Grammys date on Sunday.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11")]
    html = "<p>Taylor Swift spent the holiday in Italy with Travis Kelce.</p>"
    assert [e[0] for e in events(html)] == ["vacation"]
    html = "<p>Nia Holt met her husband at an Oscars party years ago.</p>"
    assert [e[:2] for e in events(html)] == [("party", None)]


def test_a_birth_told_in_a_couples_own_words_is_a_birth():
    html = "<p>“We welcomed our baby girl,” Nia Holt and Tom Reed announced on Instagram.</p>"
    assert [e[0] for e in events(html)] == ["birth"]


def test_a_day_in_a_clause_of_time_opening_the_sentence_dates_its_event():
    html = (
        "<p>When the crowds roll into the Coca-Cola Arena on Sunday to listen to the romantic "
        "sounds of Jeff Chang, the Taiwanese crooner renowned as the king of love ballads, his "
        "gig will join more than 250 events.</p>"
    )
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-18")]


def test_the_concert_calendar_is_no_concert():
    html = "<p>Nia Holt said the concert calendar was seasonal before the arena opened in 2019.</p>"
    assert events(html) == []


def test_a_festivals_sets_each_count_and_if_that_was_not_enough_adds_one():
    html = (
        "<p>Glastonbury 2023 is now in its final day.</p><p>From Lana Del Rey's late "
        "entrance to Lewis Capaldi's gig, Saturday treated festival goers to highs and "
        "lows.</p><p>Fans did get to see Guns N' Roses headline the Pyramid Stage with "
        "special guest Dave Grohl.</p><p>If that wasn't enough Rita Ora made a surprise "
        "appearance, joining Fatboy Slim for his set.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("concert", "2023"),
        ("concert", "2024-02-10"),
        ("concert", "2024-02-10"),
        ("concert", "2024-02-10"),
    ]
    assert events("<p>The Sun ran a headline The Mirror later copied, about Nia Holt.</p>") == []


def test_a_set_told_on_by_the_star_it_is_about_stays_one():
    html = (
        "<p>Glastonbury 2023 is almost over.</p><p>Elton John's Sunday night set was an "
        "amazing performance.</p><p>The veteran pop star also performed with Jacob Lusk and "
        "Stephen Sanchez.</p>"
    )
    assert [e[:2] for e in events(html)][1:] == [("concert", "2024-02-11")]


def test_what_belongs_to_a_wedding_or_a_court_is_none():
    assert events("<p>Nia Holt would rather have a court wedding than a lavish one.</p>") == [
        ("wedding", None, None, ("Nia Holt",))
    ]
    assert events("<p>The papers, which TMZ obtained from the court, name Nia Holt.</p>") == []
    assert events("<p>A wedding guest told E! that Nia Holt looked happy.</p>") == []
    html = "<p>Tom Reed is engaged to marry Nia Holt, his spokesman said on Monday.</p>"
    assert "wedding" not in [e[0] for e in events(html)]
    html = "<p>Nia Holt and Tom Reed will be making the trip to Namibia for a show.</p>"
    assert [e[0] for e in events(html)] == []


def test_a_wedding_some_day_is_none():
    html = (
        "<p>Nia Holt spoke about starting a family with Tom Reed, who plans to take her last "
        "name when they tie the knot.</p>"
    )
    assert events(html) == []


def test_a_child_named_by_first_name_on_the_day_is_the_birth_told_before():
    html = (
        "<p>Alex Jones has welcomed her second child with husband Charlie Thomson.</p>"
        "<p>Alex, 41, gave birth to baby boy Kit and announced the news on Instagram.</p>"
        "<p>She said: ‘Little Kit arrived safely and very speedily last Monday at 2.21am.’</p>"
    )
    [birth] = extract(html, DAY).events
    assert (birth.name, birth.date.value, birth.attendees, birth.about) == (
        "Birth of Kit",
        "2024-02-12",
        ("Alex Jones", "Charlie Thomson"),
        "Kit",
    )


def test_a_month_before_the_event_dates_it():
    html = (
        "<p>Actor Nia Holt married Tom Reed in an intimate wedding in Udaipur this year. "
        "Nia Holt's February wedding was overwhelmingly special.</p>"
    )
    assert events(html) == [("wedding", "2024-02", "Udaipur", ("Nia Holt", "Tom Reed"))]
    html = "<p>Nia Holt and Tom Reed said their June wedding will be in Italy.</p>"
    assert events(html) == [("wedding", "2024-06", "Italy", ("Nia Holt", "Tom Reed"))]


def test_when_a_post_went_up_is_not_when_the_party_was():
    html = (
        "<p>Designer Nia Holt took to Instagram this morning to share a glimpse of the "
        "pre-wedding party.</p>"
    )
    assert events(html) == [("party", None, None, ("Nia Holt",))]


def test_when_a_prize_was_founded_is_not_when_its_night_was():
    html = "<p>The Headies, formerly the Hip Hop World Awards, was established in 2006.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", None)]


def test_the_stars_birthday_told_again_by_a_role_is_the_same_birthday():
    html = (
        "<p>Nollywood star Tom Reed marked his birthday on Tuesday and his friends took to "
        "their Instagram pages to celebrate the actor.</p>"
        "<p>Celebrating the actor, his friend Ada Ekubo shared a picture with the caption, "
        "“Happy Birthday, keep growing.”</p>"
        "<p>Other celebrities who celebrated the actor’s birthday include actress Nia Holt, "
        "Lola Bello, and others.</p>"
    )
    assert events(html) == [
        ("birthday", "2024-02-13", None, ("Tom Reed", "Nia Holt", "Lola Bello"))
    ]


def test_headed_for_divorce_court_is_a_divorce_not_a_hearing():
    html = "<p>Nia Holt and her husband Tom Reed are headed for divorce court.</p>"
    assert [e[0] for e in events(html)] == ["divorce"]


def test_awards_named_in_lower_case_are_a_ceremony():
    html = "<p>Singer Tom Reed won at the 2024 Headies awards early on Sunday.</p>"
    assert events(html) == [("award_show", "2024-02-11", None, ("Tom Reed",))]


def test_neither_confirming_nor_denying_is_no_denial():
    html = (
        "<p>While neither has confirmed or denied the reports, Nia Holt and Tom Reed stepped "
        "out for a romantic dinner date on Friday.</p>"
    )
    assert events(html) == [("dinner", "2024-02-09", None, ("Nia Holt", "Tom Reed"))]


def test_a_gala_on_the_awards_day_is_the_ceremony():
    html = (
        "<p>The Canadian Screen Awards wrapped up in style on Sunday night.</p>"
        "<p>Comedian Tom Reed hosted the Sunday televised gala held at the Sony Centre.</p>"
    )
    assert events(html) == [("award_show", "2024-02-11", "the Sony Centre", ("Tom Reed",))]


def test_a_wedding_told_as_it_happens_is_of_the_posts_day():
    html = (
        "<p>Thousands of people gather for the wedding of the century at Westminster Abbey "
        "as Tom Reed marries Nia Holt.</p>"
    )
    assert events(html) == [("wedding", DAY, "Westminster Abbey", ("Tom Reed", "Nia Holt"))]
    html = "<p>The twins are here: Nia Holt has given birth to a girl and a boy.</p>"
    assert events(html) == [("birth", DAY, None, ("Nia Holt",))]
    # told as past news, it keeps no day
    assert events("<p>Nia Holt has given birth to a girl and a boy.</p>") == [
        ("birth", None, None, ("Nia Holt",))
    ]


def test_a_wedding_to_come_told_again_as_the_couples_is_one_and_its_teller_no_guest():
    html = (
        "<p>Nia Holt and Tom Reed will tie the knot on June 23.</p>"
        "<p>Actress Ada Dhillon recently confirmed Nia's wedding news to a magazine.</p>"
    )
    assert events(html) == [("wedding", "2024-06-23", None, ("Nia Holt", "Tom Reed"))]


def test_a_birth_told_again_to_the_day_is_one_birth_whoever_her_seems_to_be():
    html = (
        "<p>Love Island star Nia Holt has announced she has given birth to a baby girl.</p>"
        "<p>Her caption read: “My darling Lucia, I love you.” Her daughter Lucia is her "
        "first. She also shared that her baby was born on February 4 at 8:10pm.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("birth", "2024-02-04")]


def test_a_child_whose_parent_is_named_next_is_no_partner_in_a_split():
    html = "<p>Nia Holt, who has split from Lucia’s father Billy, raises Lucia, 2, alone.</p>"
    assert events(html) == [("breakup", None, None, ("Nia Holt", "Billy"))]


def test_a_gala_time_and_papers_sent_to_the_court_are_no_events():
    html = "<p>The two had a gala time shaking a leg at the musical night with Nia Holt.</p>"
    assert [e[0] for e in events(html)] == []
    html = "<p>Nia Holt and Tom Reed have 60 days to present a certificate to the court.</p>"
    assert events(html) == []


def test_a_gala_told_as_it_happens_is_of_the_posts_day():
    html = (
        "<p>The Super Bowl of fashion is here: celebs are flocking to the Met Gala, with Nia "
        "Holt among the first.</p>"
    )
    assert events(html) == [("gala", DAY, None, ("Nia Holt",))]
    html = (
        "<p>Celebrities have been pouring into the Baftas ahead of the biggest night of the "
        "year, Nia Holt among them.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", DAY)]
    html = (
        "<p>Congratulations have been pouring in to the couple after Nia Holt and Tom Reed's "
        "wedding.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None)]


def test_guests_named_in_the_weddings_own_sentence_attend_it():
    html = (
        "<p>Ada Reed and Ben Holt are among the first guests to arrive at Windsor Castle for "
        "the wedding of Nia Holt and Tom Reed on Saturday.</p>"
    )
    assert events(html) == [
        (
            "wedding",
            "2024-02-10",
            None,
            ("Nia Holt", "Tom Reed", "Ada Reed", "Ben Holt"),
        )
    ]


def test_saying_hello_to_a_newborn_is_the_parents_birth_not_a_childs():
    html = "<p>Actress Nia Holt and husband Tom Reed said hello to their newborn daughter.</p>"
    [birth] = extract(html, DAY).events
    assert (birth.type, birth.attendees, birth.about) == ("birth", ("Nia Holt", "Tom Reed"), None)


def test_a_births_other_parent_is_the_one_the_post_pairs_the_parent_with():
    html = (
        "<p>Nia Holt has given birth to a baby girl on February 4.</p>"
        "<p>Nia Holt and her husband Tom Reed are delighted.</p>"
    )
    assert events(html) == [("birth", "2024-02-04", None, ("Nia Holt", "Tom Reed"))]
    html = (
        "<p>Nia Holt has given birth to a baby girl.</p>"
        "<p>Nia Holt married director Tom Reed in 2009.</p>"
    )
    assert [e[3] for e in events(html)] == [("Nia Holt", "Tom Reed"), ("Nia Holt", "Tom Reed")]


def test_a_couple_formerly_married_tells_no_wedding():
    html = "<p>Nia Holt and Tom Reed, formerly married, announced their split this week.</p>"
    assert [e[0] for e in events(html)] == ["divorce"]  # a married couple's split


def test_a_wedding_called_off_was_never_held():
    html = (
        "<p>Nia Holt said she and Tom Reed haven't talked about the wedding since "
        "cancelling it in 2022.</p>"
    )
    assert events(html) == []


def test_a_festive_holiday_a_stay_in_jail_and_a_trip_for_a_show_are_no_holidays():
    html = "<p>The holiday is celebrated annually on the third Thursday, Nia Holt said.</p>"
    assert events(html) == []
    html = "<p>Nia Holt and Tom Reed got engaged on the holiday.</p>"
    assert [e[0] for e in events(html)] == ["engagement"]
    html = "<p>Rapper Tom Reed's one-year trip to Rikers Island was postponed again.</p>"
    assert events(html) == []
    html = "<p>Nia Holt has confirmed the trip to Namibia for the show on Saturday.</p>"
    assert [e[0] for e in events(html)] == []


def test_a_party_and_a_gala_told_in_one_sentence_are_the_gala():
    html = (
        "<p>Socialite Nia Holt pulled off the party of the season on Thursday, hosting a "
        "black-tie gala at the Natural History Museum.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-08")]


def test_a_night_likened_to_a_party_and_a_shows_premiere_are_no_parties():
    html = "<p>The Oscar ceremony was the biggest party in Hollywood last night.</p>"
    assert "party" not in [e[0] for e in events(html)]
    assert events("<h2>Party Down premiere</h2><p>Nia Holt arrived in style.</p>") == [
        ("premiere", None, None, ("Nia Holt",))
    ]


def test_a_birthday_celebrated_at_a_ceremony_has_the_ceremonys_day():
    html = (
        "<p>Tom Reed celebrated his 60th birthday at the Golden Globes on Sunday with his "
        "wife, Nia Holt.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("birthday", "2024-02-11"),
        ("award_show", "2024-02-11"),
    ]


def test_a_birth_name_a_bodys_birthday_and_a_prizes_founding_are_no_events():
    html = "<p>The trial of rapper Tom Reed, born Thomas Reedman, was anything but ordinary.</p>"
    assert [e[0] for e in events(html)] == ["court_hearing"]
    assert events("<p>Nia Holt, born April 3, 1990, is a singer.</p>") == [
        ("birth", "1990-04-03", None, ())
    ]
    html = "<p>Club Annabel’s celebrated its 4th birthday with Nia Holt.</p>"
    assert [e[0] for e in events(html)] == []
    assert events("<p>The following year, the network instituted Hum Style Awards.</p>") == []


def test_a_question_ending_in_an_exclamation_mark_reports_nothing():
    assert events("<p>What's a party without a little drama, Nia Holt?!</p>") == []
    # a question someone asked, quoted at the end, is no question of the sentence's
    html = "<p>At the lunch, Nia Holt walked over to Tom Reed and said, “Can we stop this?”</p>"
    assert [e[0] for e in events(html)] == ["dinner"]


def test_agreeing_to_marry_is_no_wedding():
    html = "<p>Singer Nia Holt said she cried after she agreed to marry him on the beach.</p>"
    assert events(html) == []


def test_a_parents_birthplace_is_no_birth():
    html = "<p>Actor Idris Kowalczyk, whose father was born in Kenya, spoke on Friday.</p>"
    assert events(html) == []


def test_a_party_tent_and_a_donor_called_a_fundraiser_are_no_events():
    html = (
        "<p>The state dinner was held under a giant party tent. Guests included Harvey "
        "Weinstein, a big fundraiser for the campaign.</p>"
    )
    assert events(html) == [("dinner", None, None, ("Harvey Weinstein",))]


def test_a_sports_teams_tour_is_no_concert():
    html = "<p>Flanker Sean Kearney started all three tests of the Lions' tour of Chile.</p>"
    assert events(html) == []


def test_a_name_known_as_another_blocks_no_event_after_it():
    html = (
        "<p>Comedian Stanley Okafor, also known as Laughbox married actress Ada Obi on "
        "Saturday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-10")]


def test_a_fundraiser_someone_hosts_is_a_gala():
    html = "<p>Kim Kardashian hosted a big fundraiser for Joe Biden on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-10")]


def test_one_gala_under_two_names_is_one_gala():
    html = (
        "<p>The Harbour Gala Ball, otherwise known as the Lexus Harbour Gala Ball, drew "
        "singer Nia Holt on Saturday.</p>"
    )
    assert events(html) == [("gala", "2024-02-10", None, ("Nia Holt",))]


def test_a_reception_before_a_dinner_is_the_dinners():
    html = (
        "<p>Singer Nia Holt attended a reception in the Blue Room prior to the state dinner "
        "on Monday.</p>"
    )
    assert events(html) == [("dinner", "2024-02-12", None, ("Nia Holt",))]


def test_a_public_holiday_is_no_holiday_trip():
    html = "<p>Singer Nia Holt threw a party on the Freedom Day public holiday in Soweto.</p>"
    assert [e[0] for e in events(html)] == ["party"]


def test_designers_who_dressed_a_nights_guests_are_not_guests():
    html = (
        "<p>Singer Nia Holt won at the Zenith Awards on Monday. Presenters stepped out in "
        "style, dressed by top designers Anel Botha, Zola Khumalo and David Tlale, as did "
        "actor Tom Hanks.</p>"
    )
    assert events(html) == [("award_show", "2024-02-12", None, ("Nia Holt", "Tom Hanks"))]


def test_one_designer_named_ends_the_makers_and_the_guests_go_on():
    html = (
        "<p>Singer Nia Holt won at the Zenith Awards on Monday. Presenters stepped out, "
        "dressed by designer Ana Costa, and Tom Hanks and Ada Obi did too.</p>"
    )
    assert events(html) == [
        ("award_show", "2024-02-12", None, ("Nia Holt", "Tom Hanks", "Ada Obi"))
    ]


def test_a_wire_storys_filing_day_gives_way_to_the_day_it_tells():
    html = (
        "<p>London, Feb 13 (IANS): The Zenith Film Awards kicked off at the Royal Festival "
        "Hall on Sunday evening with singer Nia Holt.</p>"
    )
    assert events(html) == [("award_show", "2024-02-11", None, ("Nia Holt",))]


def test_a_wire_storys_filing_day_dates_an_event_told_without_a_day():
    html = (
        "<p>Mumbai, 12 February: Singer Nia Holt wed actor Tom Hanks in Goa, two years "
        "after they met in 2022.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", "2024-02-12")]


def test_awards_glory_and_a_fan_of_the_oscars_are_no_award_shows():
    html = (
        "<p>Actor Idris Kowalczyk is on a path to Academy Awards glory. He said he was a "
        "big fan of the Oscars.</p>"
    )
    assert events(html) == []


def test_a_dinner_a_party_comes_complete_with_is_the_partys():
    html = (
        "<p>In Puglia, a beach party complete with cocktails, dinner and fireworks awaited "
        "singer Nia Holt on Saturday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("party", "2024-02-10")]


def test_a_dating_shows_alum_and_a_party_schedule_are_no_parties():
    html = (
        "<p>Bachelorette alum Nia Holt wrote a message. Amid the morning breakfast party "
        "schedule, singers rehearsed.</p>"
    )
    assert events(html) == []


def test_hosts_taking_the_stage_and_a_years_round_up_are_no_events():
    html = (
        "<p>Comedians Nia Holt and Tom Hanks took the stage to host the Saturday event. "
        "It looks like everyone got engaged, married or had a kid this year.</p>"
    )
    assert events(html) == []


def test_a_holiday_associated_with_a_story_is_no_trip():
    html = "<p>The Thanksgiving holiday is associated with the Pilgrims, said Nia Holt.</p>"
    assert events(html) == []


def test_the_next_day_dates_its_event_a_day_after_the_one_before():
    html = (
        "<p>Singer Nia Holt hosted a dinner for Tom Reed on 2 March 2023. The next day, "
        "she threw a party for him.</p>"
    )
    assert [e[:2] for e in events(html)] == [("dinner", "2023-03-02"), ("party", "2023-03-03")]


def test_days_later_date_the_event_after_them_not_the_one_before():
    html = (
        "<p>Singer Nia Holt hosted a dinner for Tom Reed on 2 March 2023 and two days later "
        "she threw a party for him.</p>"
    )
    assert [e[:2] for e in events(html)] == [("dinner", "2023-03-02"), ("party", "2023-03-04")]


def test_a_split_second_after_its_article_is_no_breakup():
    html = "<p>The video showed Tom Reed stopping for a split-second to address the camera.</p>"
    assert events(html) == []


def test_the_parents_words_of_their_child_born_are_the_birth_told():
    html = (
        "<p>Singer Nia Holt has given birth to a baby boy.</p>"
        "<p>She wrote: “Our beautiful son Cruz Michael Reed was born and we have never been "
        "more in love.”</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [("birth", ("Nia Holt",))]


def test_invitees_and_a_wave_of_guests_attend_the_dinner():
    html = (
        "<p>The White House hosted a state dinner on Monday for President Nia Holt. "
        "Invitees included actor Tom Reed and singer Ama Boateng. "
        "Novelist Kofi Mensah arrived in an early wave of guests.</p>"
    )
    assert events(html) == [
        ("dinner", "2024-02-12", None, ("Nia Holt", "Tom Reed", "Ama Boateng", "Kofi Mensah"))
    ]


def test_a_date_in_a_clause_of_its_own_does_not_date_the_festivities():
    html = (
        "<p>Singer Nia Holt hosted a dinner for Tom Reed. The festivities are part of her "
        "efforts to build ties with his label after she failed to keep a promise to visit "
        "its offices last year.</p>"
    )
    assert [e[:2] for e in events(html)] == [("dinner", None)]


def test_a_proposal_at_a_party_has_its_day_past_an_age_set_off():
    html = (
        "<p>Actor Tom Reed, 38, proposed to Nia Holt, 27, at a private party on Monday night.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-12"), ("party", "2024-02-12")]


def test_a_married_couples_split_is_their_divorce_and_others_a_breakup():
    html = "<p>Singer Nia Holt has split from her husband Tom Reed after three years.</p>"
    assert [e[0] for e in events(html)] == ["divorce"]
    html = "<p>Actress Ada Brook and her husband of 11 years, Max Lee, are separating.</p>"
    assert [e[0] for e in events(html)] == ["divorce"]
    html = "<p>Actress Ada Brook split from her boyfriend Max Lee.</p>"
    assert [e[0] for e in events(html)] == ["breakup"]


def test_among_those_enjoying_the_party_were_its_guests():
    html = (
        "<p>Singer Nia Holt celebrated her birthday with a disco party on Saturday. Among those "
        "enjoying the set and sipping champagne were Tom Reed and Ama Boateng.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("birthday", ("Nia Holt", "Tom Reed", "Ama Boateng"))
    ]


def test_a_look_book_of_lines_naming_one_star_each_names_the_nights_guests():
    html = (
        "<p>The Met Gala was held on Monday night in New York.</p><p>Here are the looks!</p>"
        "<p>Nia Holt</p><p>The singer wore four gowns in minutes.</p>"
        "<p>Tom Reed</p><p>The actor went for a sheer top.</p>"
        "<p>Ama Boateng</p><p>Covered in stars, the model was on theme.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("gala", ("Nia Holt", "Tom Reed", "Ama Boateng"))
    ]


def test_two_lines_naming_a_star_are_no_look_book():
    html = (
        "<p>The Met Gala was held on Monday night in New York.</p>"
        "<p>Nia Holt</p><p>The singer wore four gowns in minutes.</p>"
        "<p>Tom Reed</p><p>The actor went for a sheer top.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [("gala", ())]


def test_arriving_at_a_wedding_venue_is_no_wedding_that_day():
    html = (
        "<p>Actor Tom Reed and Nia Holt arrived at their wedding venue on Saturday to "
        "kickstart the festivities.</p>"
    )
    assert events(html) == []


def test_a_split_told_beside_someone_elses_marriage_stays_a_breakup():
    html = "<p>Nia Holt and her fiancé Tom Reed have split, calling off their marriage plans.</p>"
    assert [e[0] for e in events(html)] == ["breakup"]
    html = "<p>Nia Holt split from Tom Reed, two years before she met her husband Max Lee.</p>"
    assert [e[0] for e in events(html)] == ["breakup"]


def test_a_look_book_of_stars_who_stayed_away_names_no_guests():
    html = (
        "<p>The Met Gala was held on Monday night in New York.</p>"
        "<p>Here are the stars who skipped it.</p>"
        "<p>Nia Holt</p><p>The singer stayed home this year.</p>"
        "<p>Tom Reed</p><p>The actor missed it, filming in Rome.</p>"
        "<p>Ama Boateng</p><p>The model did not attend either.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [("gala", ())]


def test_a_later_day_counts_from_the_date_it_follows_not_the_one_before_it():
    html = (
        "<p>Singer Nia Holt married Tom Reed in May 2019, met him again at a party on "
        "2 March 2023 and threw a dinner two days later.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("wedding", "2019-05"),
        ("party", "2023-03-02"),
        ("dinner", "2023-03-04"),
    ]


def test_every_split_of_a_couple_told_married_is_their_divorce():
    html = (
        "<p>Actress Nia Holt has split from her husband, Tom Reed.</p>"
        "<p>Holt and Reed announced the split in a joint statement.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [("divorce", ("Nia Holt", "Tom Reed"))]


def test_a_night_of_many_shows_is_each_acts_own_concert():
    html = (
        "<p>On Valentine's Day, several concerts took place around Leeds.</p>"
        "<p>Singer Nia Holt held her concert at the Corn Exchange.</p>"
        "<p>Elsewhere, rapper Tom Reed performed at the Brudenell to a packed room.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("concert", "2024-02-14", ("Nia Holt",)),
        ("concert", "2024-02-14", ("Tom Reed",)),
    ]


def test_concerts_announced_are_no_night_of_many_shows():
    html = (
        "<p>Nia Holt announced more concerts for the summer. Nia Holt performed at the O2 on "
        "Saturday. Guitarist Tom Reed also performed at the O2 that night.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("concert", "2024-02-10")]


def test_a_babys_caption_dates_the_birth_in_figures():
    html = (
        "<p>Presenter Nia Holt has given birth to her second child.</p>"
        '<p>She wrote: "Ada Rose 11.2.24. Our little woman has arrived!"</p>'
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-11")]


def test_a_mothers_husband_told_in_other_words_is_the_other_parent():
    html = (
        "<p>Nia Holt has given birth to a baby girl.</p>"
        "<p>It is the third child for Nia and her husband, British director and producer "
        "Tom Reed.</p>"
    )
    assert [e[3] for e in events(html)] == [("Nia Holt", "Tom Reed")]
    html = (
        "<p>Ben Okafor became a dad at 18, when he and his girlfriend welcomed their son "
        "Ronnie.</p>"
    )
    assert [e[3] for e in events(html)] == [("Ben Okafor", "Ronnie")]


def test_a_festivals_celebration_is_a_party_and_each_years_is_its_own():
    html = "<p>Nia Holt hosted the annual Iftaar celebration in Mumbai on Saturday.</p>"
    assert events(html) == [("party", "2024-02-10", "Mumbai", ("Nia Holt",))]
    html = (
        "<p>Nia Holt hosted a Holi party for Tom Reed in 2018.</p>"
        "<p>Ada Lowe threw a Holi party for Ben Okafor in 2020.</p>"
    )
    assert [e[:2] for e in events(html)] == [("party", "2018"), ("party", "2020")]


def test_an_actual_birthday_that_was_is_the_birthday_told():
    html = "<p>Nia Holt's actual birthday was on February 8th, and she partied with friends.</p>"
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-08")]


def test_a_birthday_kept_at_another_event_dates_it():
    html = (
        "<p>Nia Holt's birthday was on February 8th, and she celebrated by attending "
        "Tom Reed's concert.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-08"), ("concert", "2024-02-08")]


def test_a_child_born_told_after_the_parents_news_is_that_birth():
    html = (
        "<p>Nia Holt has given birth to a baby girl on Sunday.</p>"
        "<p>Holt, who is married to banker Tom Reed, announced that Ada Reed was born "
        "weighing 2.86kg.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birth", "2024-02-11")]


def test_no_other_concerts_is_no_concert():
    html = (
        "<p>Singer Tom Reed gave his fans three encores in Leeds on Thursday night. There had "
        "been no other concerts in the city since the early 1990s.</p>"
    )
    assert events(html) == []


def test_a_phrase_that_names_no_event_blocks_its_trigger_however_long_it_runs():
    html = (
        "<p>In a long day of arguments and delays at the family division in the city, the "
        "lawyers for singer Nia Holt presented seven new pages of medical evidence to the "
        "court.</p>"
    )
    assert events(html) == []


def test_a_seasons_party_of_two_years_is_two_parties():
    html = (
        "<p>Nia Holt threw a Christmas party for Tom Reed in 2019.</p>"
        "<p>Ada Lowe hosted a Christmas party for Ben Okafor in 2022.</p>"
    )
    assert [e[:2] for e in events(html)] == [("party", "2019"), ("party", "2022")]


def test_another_womans_husband_is_no_parent():
    html = (
        "<p>Nia Holt has given birth to a baby girl. Her co-star Ada Lowe sent flowers with "
        "her husband Ben Okafor.</p>"
    )
    assert [e[3] for e in events(html) if e[0] == "birth"] == [("Nia Holt",)]


def test_a_date_of_birth_is_no_birthday_kept():
    assert events("<p>Nia Holt's real birthday was in 1985.</p>") == []
    assert events("<p>Her actual birthday was on April 28, 1992, said Nia Holt.</p>") == []


def test_a_festival_kept_by_a_country_is_no_party():
    html = "<p>Tom Reed greeted fans at his home as Eid celebrations began across the country.</p>"
    assert events(html) == []


def test_guests_named_for_the_wedding_a_post_dates_are_its_guests():
    html = (
        "<p>Nia Holt and Tom Reed tied the knot on Saturday in Jaisalmer. "
        "Celebrity guests including Ada Lowe and Ben Okafor had flown in for the big fat "
        "wedding.</p>"
    )
    assert events(html) == [
        ("wedding", "2024-02-10", "Jaisalmer", ("Nia Holt", "Tom Reed", "Ada Lowe", "Ben Okafor"))
    ]


def test_prizes_counted_are_no_ceremony():
    html = "<p>Tom Reed, who has won three Golden Globes and two Academy Awards, is 62.</p>"
    assert events(html) == []


def test_a_prizes_night_won_is_still_the_ceremony():
    html = "<p>Nia Holt won Grammys night on Sunday, taking home four awards.</p>"
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11")]


def test_a_gig_of_work_is_no_concert():
    html = (
        "<p>After a hosting gig last year, Tom Reed returned to the show. Nia Holt's gig as a "
        "radio presenter lets her leave home each day.</p>"
    )
    assert events(html) == []


def test_a_partys_season_and_lifestyle_and_a_trips_destination_are_no_events():
    html = (
        "<p>The festive party season is here, and Tom Reed has dropped his party lifestyle. "
        "Nia Holt bought a house in the vacation destination of Hilton Head.</p>"
    )
    assert events(html) == []


def test_a_return_engagement_is_a_show_not_a_proposal():
    html = "<p>Tom Reed's return engagement at the theatre sold out this weekend.</p>"
    assert [e[0] for e in events(html)] == []


def test_a_cancelled_concert_was_never_held():
    html = (
        "<p>Following Bruno Reed's canceled concert in Tel Aviv in 2022, fans were angry. "
        "Nia Holt's cancelled gig in Oslo last week cost her promoter dearly.</p>"
    )
    assert events(html) == []


def test_a_cancelled_concert_put_back_on_is_a_concert():
    html = "<p>Nia Holt's cancelled concert has been rescheduled for Friday.</p>"
    assert events(html) == [("concert", "2024-02-16", None, ("Nia Holt",))]


def test_a_wedding_tux_is_no_wedding():
    html = "<p>Tom Reed will be calling his tailor for a wedding tux.</p>"
    assert events(html) == []


def test_wedding_bells_not_yet_rung_are_no_wedding():
    html = (
        "<p>March came and went without wedding bells for Tom Reed. Wedding bells could be on "
        "the horizon for Nia Holt and Ann Lee.</p>"
    )
    assert events(html) == []


def test_wedding_bells_that_ring_on_a_day_are_a_wedding():
    html = "<p>Wedding bells will ring out on Friday for Nia Holt and Ann Lee.</p>"
    assert events(html) == [("wedding", "2024-02-16", None, ("Nia Holt", "Ann Lee"))]


def test_an_engagement_on_holiday_is_dated_by_the_holiday():
    html = (
        "<p>Tom Reed and Nia Holt got engaged while on holiday in Bali over the Christmas "
        "break.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2023-12"), ("vacation", "2023-12")]


def test_a_trip_an_engagement_was_made_on_is_of_the_engagements_time():
    html = (
        "<p>Tom Reed and Nia Holt met in 2014 and got engaged in 2018 while vacationing "
        "abroad, but they confirmed it only late last year.</p>"
    )
    assert [e[:2] for e in events(html)] == [("engagement", "2018"), ("vacation", "2018")]
    html = "<p>Tom Reed got engaged to Nia Holt while holidaying in Bali in January.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2024-01"), ("vacation", "2024-01")]


def test_a_proposal_over_valentines_dinner_is_on_valentines_day():
    html = "<p>Tom Reed popped the question to Nia Holt over Valentine's dinner.</p>"
    assert [e[:2] for e in events(html)] == [("engagement", "2024-02-14"), ("dinner", "2024-02-14")]


def test_a_split_beside_someone_elses_marriage_is_no_divorce():
    html = "<p>Nia Holt, whose parents stayed married until 2001, split from Tom Reed.</p>"
    assert [e[:2] for e in events(html)] == [("breakup", None)]


def test_an_aside_about_an_earlier_marriage_leaves_they_the_posts_couple():
    html = (
        "<p>Nia Holt and Tom Reed got engaged in 2020. Nia was previously married to Jon "
        "Bell. They tied the knot in June 2023.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("engagement", ("Nia Holt", "Tom Reed")),
        ("wedding", ("Nia Holt", "Tom Reed")),
    ]


def test_a_couple_who_stayed_married_until_they_split_divorced():
    html = (
        "<p>Nia Holt was married to singer Tom Reed. The pair stayed married for less than "
        "three years before they called it quits in July 2020.</p>"
    )
    assert [e[:2] for e in events(html)] == [("divorce", "2020-07")]


def test_they_after_a_marriage_told_are_that_couple_not_the_posts():
    html = (
        "<p>Nia Holt has split from boyfriend Tom Reed after two years of dating, according "
        "to a report from February 12.</p><p>Before dating Tom, Nia was married to singer Jon "
        "Bell. They met in March 2016 and tied the knot the following year. The pair stayed "
        "married for less than three years before they called it quits in July 2020.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("breakup", None, ("Nia Holt", "Tom Reed")),  # a report's day is not the split's
        ("wedding", "2017", ("Nia Holt", "Jon Bell")),
        ("divorce", "2020-07", ("Nia Holt", "Jon Bell")),
    ]


def test_a_time_told_by_someones_birth_is_no_birth():
    html = (
        "<p>Nia Holt posted a photo captioned 'Original since 1996.' That is the year she "
        "was born.</p>"
    )
    assert events(html) == []
    html = "<p>Nia Holt, who was born the year her father died, spoke on Monday.</p>"
    assert events(html) == []


def test_a_party_to_a_case_or_a_party_planner_is_no_party():
    html = (
        "<p>Nia Holt and Tom Reed each hired a lawyer, at least one for each party, on Monday.</p>"
    )
    assert events(html) == []
    html = "<p>Chef Tom Reed ran the kitchen with the help of party planner Nia Holt.</p>"
    assert events(html) == []
    html = "<p>Nia Holt and Tom Reed split up into teams for the quiz.</p>"
    assert events(html) == []


def test_an_institutions_holiday_is_no_trip():
    html = "<p>Judge Nia Holt said the judges have gone on their annual vacation.</p>"
    assert events(html) == []
    html = "<p>Judge Nia Holt has declared a holiday because of the heavy rains.</p>"
    assert events(html) == []


def test_a_holiday_party_is_a_party_not_a_trip():
    html = "<p>Nia Holt and Tom Reed were spotted at a holiday party on Saturday.</p>"
    assert [e[:2] for e in events(html)] == [("party", "2024-02-10")]
    assert events("<p>Nia Holt released her holiday album on Saturday.</p>") == []


def test_an_after_party_with_no_date_is_the_nights_it_follows():
    html = (
        "<p>Nia Holt celebrated her birthday last night at the Mansion with friends.</p>"
        "<p>Tom Reed was there too, but he left before the after-party.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-13"), ("party", "2024-02-13")]
    # told in two words, far from the night, after a sentence of something else
    html = (
        "<p>Nia Holt walked the red carpet at the premiere of Dune on Sunday.</p>"
        "<p>She wore a gown by Valentino.</p>"
        "<p>Tom Reed performed his hits at the after party.</p>"
    )
    assert [e[:2] for e in events(html)] == [("premiere", "2024-02-11"), ("party", "2024-02-11")]


def test_talk_of_a_divorce_beside_a_married_couples_separation_is_one_event():
    html = (
        "<p>Actor Tom Reed spoke about divorce, amid separation rumours from his wife "
        "Nia Holt.</p><p>The separation rumours grew when they arrived apart at a show "
        "with Ravi Kapoor.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("divorce", None, ("Tom Reed", "Nia Holt"))
    ]


def test_two_films_premieres_of_one_star_stay_two():
    html = (
        "<p>Nia Holt wore Dior to the premiere of Velvet Season.</p>"
        "<p>Nia Holt wore Chanel to the premiere of Paper Crowns.</p>"
    )
    assert [(e[0], e[3]) for e in events(html)] == [
        ("premiere", ("Nia Holt",)),
        ("premiere", ("Nia Holt",)),
    ]


def test_a_marriage_told_by_its_years_is_a_wedding_and_a_divorce():
    html = "<p>Actress Nia Holt was previously married to filmmaker Tom Reed from 2013 to 2022.</p>"
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("wedding", "2013", ("Nia Holt", "Tom Reed")),
        ("divorce", "2022", ("Nia Holt", "Tom Reed")),
    ]


def test_marriages_listed_with_their_years_are_the_subjects_each():
    html = (
        "<p>Singer Nia Holt has split from Ravi Kapoor.</p>"
        "<p>The singer was previously married to Tom Reed (1997–1998) and Ada Lowe "
        "(2004–2014).</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)][1:] == [
        ("wedding", "1997", ("Nia Holt", "Tom Reed")),
        ("divorce", "1998", ("Nia Holt", "Tom Reed")),
        ("wedding", "2004", ("Nia Holt", "Ada Lowe")),
        ("divorce", "2014", ("Nia Holt", "Ada Lowe")),
    ]


def test_a_marriage_a_death_ended_is_a_wedding_and_no_divorce():
    html = "<p>Nia Holt was married to Tom Reed (1990–2010) until his death.</p>"
    assert [e[:2] for e in events(html)] == [("wedding", "1990")]
    html = (
        "<p>Nia Holt was married to Tom Reed (1990–2000) and Ada Lowe (2004–2014), "
        "who died in 2020.</p>"
    )
    assert [e[:2] for e in events(html)] == [
        ("wedding", "1990"),
        ("divorce", "2000"),
        ("wedding", "2004"),
    ]


def test_a_marriage_by_its_years_is_of_the_sentences_subject():
    html = "<p>Tom Reed, who dated Nia Holt, was married to Ada Lowe from 2013 to 2022.</p>"
    assert {e[3] for e in events(html)} == {("Tom Reed", "Ada Lowe")}
    html = (
        "<p>Singer Nia Holt was in the news. She has been married to Tom Reed from 2013 "
        "to 2022.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("wedding", "2013", ("Nia Holt", "Tom Reed")),
        ("divorce", "2022", ("Nia Holt", "Tom Reed")),
    ]


def test_years_of_something_else_after_a_marriage_are_no_marriage():
    html = (
        "<p>Nia Holt was married to Tom Reed from 2013 to 2022 and later co-hosted a show "
        "with Ada Lowe from 2023 to 2024.</p>"
    )
    assert {e[3] for e in events(html)} == {("Nia Holt", "Tom Reed")}


def test_a_marriage_denied_is_none():
    html = "<p>Nia Holt denied reports she was secretly married to Tom Reed from 2013 to 2022.</p>"
    assert events(html) == []


def test_two_children_born_undated_are_two_births():
    html = (
        "<p>Nia Holt has welcomed a baby boy named Max Holt. Nia Holt also gave birth to a "
        "baby girl named Ada Holt.</p>"
    )
    assert [e[0] for e in events(html)] == ["birth", "birth"]


def test_pleas_or_a_case_to_be_heard_are_a_court_hearing():
    html = "<p>The bail pleas of actor Nia Holt will be heard on Thursday.</p>"
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("court_hearing", "2024-02-15", ("Nia Holt",))
    ]
    html = "<p>Rapper Tom Reed was charged. The case will now be heard on September 4.</p>"
    assert [(e[0], e[1]) for e in events(html)] == [("court_hearing", "2024-09-04")]
    for html in (
        "<p>Nia Holt said her voice should be heard.</p>",
        "<p>Nia Holt's pleas for privacy were heard by the press.</p>",
        "<p>Nia Holt's appeals to fans were heard loud and clear.</p>",
    ):
        assert events(html) == [], html


def test_a_wedding_told_undated_takes_the_year_its_marriage_is_told_by():
    html = (
        "<p>Nia Holt married Tom Reed in a quiet ceremony. She was married to Tom Reed from "
        "2013 to 2022.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2013"), ("divorce", "2022")]


def test_birthday_greetings_are_sent_not_attended():
    html = (
        "<p>Singer Nia Holt turned 31 on February 12. "
        "Ada Lowe and Tom Reed also posted heartfelt birthday greetings for her.</p>"
    )
    assert events(html) == [("birthday", "2024-02-12", None, ("Nia Holt",))]


def test_the_other_parent_named_after_the_child_is_a_parent():
    html = (
        "<p>Singer Tom Reed announced on Friday the birth of his son, Milo, "
        "with his model wife, Nia, in a post on Instagram.</p>"
    )
    assert [(e.attendees, e.about) for e in extract(html, DAY).events] == [
        (("Tom Reed", "Nia"), "Milo")
    ]


def test_a_spouse_the_post_names_is_a_parent_of_each_birth_of_one_mother():
    html = (
        "<p>Singer Nia Holt shared pictures of her daughter. "
        "Holt first announced that she and her husband Tom Reed were expecting in 2021.</p>"
        "<p>Holt gave birth to her first child in 2017. "
        "She gave birth to Ivy in October 2021.</p>"
    )
    assert [(e.date.value, e.attendees) for e in extract(html, DAY).events] == [
        ("2017", ("Nia Holt", "Tom Reed")),
        ("2021-10", ("Nia Holt", "Tom Reed")),
    ]


def test_a_headline_event_takes_the_recent_time_the_body_tells_it_in():
    html = (
        "<p>Nia Holt sweeps ARIA Awards as new talent shines</p>"
        "<p>The ARIA Awards enjoyed a ceremony last week, with Nia Holt the big winner.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("award_show", "2024-02")]


def test_an_earlier_year_told_with_the_events_name_is_another_edition():
    html = (
        "<p>Nia Holt debuts new look on Met Gala red carpet</p>"
        "<p>Nia Holt holds the record for the latest Met Gala arrival, at 10:15 p.m. "
        "in 2023.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("gala", None)]


def test_a_line_of_numbers_that_dates_the_page_dates_no_event():
    html = (
        "<p>Nia Holt Accepts Vision Award at NYC Gala</p><p>2/13/2024 5:47 AM PT</p>"
        "<p>Nia Holt received an award Monday night at a gala in New York.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("gala", "2024-02-12")]


def test_links_to_other_stories_and_archive_captions_report_no_events():
    html = (
        "<p>Nia Holt married Tom Reed in June.</p>"
        "<p>Also read: Ada Lowe on her divorce from Ben Ray in 2022</p>"
        "<p>(Also Read | Ada Lowe attends the premiere of Dune)</p>"
        "<p>FILE - In this June 30, 2013 file photo, Ada Lowe performs at the BET Awards.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [("wedding", "2023-06")]


def test_an_awards_night_named_again_by_its_year_is_one_ceremony():
    html = (
        "<p>2024 Grammy Awards: Nia Holt tops the list of winners</p>"
        "<p>The 66th Annual Grammy Awards were held Sunday, Feb. 4, with Nia Holt the big "
        "winner. Ada Lowe attended the BET Awards in 2024 too.</p>"
    )
    assert [(e[0], e[1]) for e in events(html)] == [
        ("award_show", "2024-02-04"),
        ("award_show", "2024"),
    ]


def test_a_live_performance_is_a_concert():
    html = "<p>11 January 2024 marked singer Nia Holt's first live performance in Lagos.</p>"
    assert [(e[0], e[1], e[3]) for e in events(html)] == [("concert", "2024-01-11", ("Nia Holt",))]


def test_short_lines_before_the_lede_do_not_use_up_the_window_that_finds_the_news_day():
    html = (
        "<p>Nia Holt Accepts Vision Award at NYC Gala</p><p>1/4</p><p>Gallery</p>"
        "<p>Nia Holt, Tom Reed</p><p>Updated 14 February 2024</p>"
        "<p>More than a million pounds was raised at the gala for the hospital.</p>"
        "<p>The white-tie event was held at a hotel in Mayfair.</p>"
        "<p>The band played after the speeches and the auction.</p>"
        "<p>Other lots on sale last night included a painting.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-13")]


def test_an_updated_on_line_with_its_time_dates_no_event():
    html = (
        "<p>Nia Holt and Tom Reed wedding: all you need to know</p>"
        "<p>Updated on Feb 14, 2024, 11:21 IST | 14 Feb 2024, 11:30</p>"
        "<p>The wedding of Nia Holt and Tom Reed is just days away.</p>"
    )
    assert [e[:2] for e in events(html)] == [("wedding", None)]


def test_a_couple_set_to_get_married_on_a_day_plan_a_wedding_then():
    html = "<p>Nia Holt and Tom Reed are all set to get married on February 20.</p>"
    facts = extract(html, DAY)
    assert [(e.type, e.date.value, e.scheduled) for e in facts.events] == [
        ("wedding", "2024-02-20", True)
    ]


def test_who_she_wed_is_the_sentences_subject_not_her_child():
    html = (
        "<p>Nia Holt is splitting from her husband Tom Reed. She said it was hard.</p>"
        "<p>Holt has two daughters, Ivy and Rose, and a son named Max, with presenter "
        "Reed who she wed in June 2000.</p>"
    )
    weddings = [e for e in events(html) if e[0] == "wedding"]
    assert [(e[1], e[3]) for e in weddings] == [("2000-06", ("Nia Holt", "Tom Reed"))]


def test_their_wedding_told_again_is_the_couples_and_its_guests_were_there():
    html = (
        "<p>Nia Holt married Tom Reed in June 2000.</p>"
        "<p>Their wedding in the village of Eastnor attracted the likes of Ada Lowe "
        "and Ben Ray.</p>"
    )
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("wedding", "2000-06", ("Nia Holt", "Tom Reed", "Ada Lowe", "Ben Ray"))
    ]


def test_tonights_advance_screening_is_a_premiere_of_the_posts_day():
    html = "<p>Nia Holt joined the fans for tonight's advance screening of Blue Hour.</p>"
    assert [e[:2] for e in events(html)] == [("premiere", "2024-02-14")]


def test_a_plea_to_be_heard_on_a_weekday_is_heard_on_the_coming_one():
    html = "<p>Nia Holt's bail plea to be heard on Thursday as the court reopens.</p>"
    assert [e[:2] for e in events(html)] == [("court_hearing", "2024-02-15")]


def test_who_turns_fifty_on_a_weekday_has_the_birthday_ahead():
    html = "<p>The singer Nia Holt turns 50 years old on Friday.</p>"
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-16")]


def test_a_party_hosted_on_a_weekday_for_who_turns_four_is_past():
    html = (
        "<p>Nia Holt hosted an early birthday party on Monday for Ivy, who turns 4 on Friday.</p>"
    )
    assert [e[:2] for e in events(html)] == [("birthday", "2024-02-12")]


def test_welcoming_a_newborn_baby_is_a_birth():
    html = "<p>Nia Holt and her partner Tom Reed welcomed their newborn baby in January.</p>"
    assert [(e[0], e[1], e[3]) for e in events(html)] == [
        ("birth", "2024-01", ("Nia Holt", "Tom Reed"))
    ]


def test_a_qawwali_is_a_concert():
    html = "<p>Nia Holt sang at the qawwali in Lahore last night.</p>"
    assert [e[:2] for e in events(html)] == [("concert", "2024-02-13")]


def test_a_concert_named_with_a_capital_is_still_a_concert():
    html = "<p>On Friday the artist Nia Holt staged her monumental Bhim Concert in Accra.</p>"
    assert [(e[0], e[1], e[3]) for e in events(html)] == [("concert", "2024-02-09", ("Nia Holt",))]


def test_one_awards_night_by_its_initials_and_in_full_is_one_ceremony():
    html = (
        "<p>Nia Holt wins big at the EE British Academy Film Awards on Sunday night.</p>"
        "<p>Scroll ahead for the best-dressed stars at the 2024 BAFTAs, led by Ada Lowe.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11")]


def test_two_awards_nights_by_their_initials_stay_two():
    html = (
        "<p>Nia Holt wins big at the EE British Academy Film Awards on Sunday night.</p>"
        "<p>She had been snubbed at the 2024 Oscars, Ada Lowe said.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", "2024-02-11"), ("award_show", "2024")]


def test_a_founding_year_or_a_reports_day_does_not_date_the_event():
    html = (
        "<p>Since its establishment in 2006, the Headies Awards have honoured artists such as "
        "Nia Holt.</p><p>Ada Lowe has split from Ben Ray, according to a report from "
        "February 12.</p>"
    )
    assert [e[:2] for e in events(html)] == [("award_show", None), ("breakup", None)]


def test_trips_bid_for_at_an_auction_are_no_holiday():
    html = (
        "<p>Nia Holt hosted a charity gala in Mayfair last night.</p>"
        "<p>Bidders competed for luxurious vacations and a painting by Tom Reed.</p>"
    )
    assert [e[:2] for e in events(html)] == [("gala", "2024-02-13")]
