"""Caption validation (text/checks.py): each rejection reason from a crafted caption, UK/US
spellings, negation, ICD-10 support, laterality."""

from __future__ import annotations

import pytest

from mmfundusclip.text.checks import (
    FINDING_TERMS,
    basic_identifier_scan,
    check_caption,
    estimate_clip_tokens,
    find_terms,
)

GOOD = "Colour fundus photograph of the right eye with soft drusen at the macula."


def check(caption: str, source: str = "", codes: str = "", eye: str = "right eye", **kw):
    return check_caption(caption, source=source, codes=codes, eye=eye, **kw)


@pytest.mark.parametrize(
    ("caption", "source", "codes", "eye"),
    [
        (GOOD, "Fundus: soft drusen OD.", "", "right eye"),
        ("Fundus photograph of the left eye showing diabetic retinopathy.", "", "E11.3392", "left eye"),
        # A graded DR code (E11.33x = moderate NPDR) supports the grade and the general term.
        ("Fundus photograph with moderate NPDR.", "", "E11.3391", "left eye"),
        ("Retinal photograph: age-related macular degeneration with drusen.", "drusen", "H35.31", ""),
        (
            "Fundus of the left eye: no haemorrhages or exudates, normal.",
            "No haemorrhage, no exudates.",
            "Z01.00",
            "left eye",
        ),
        ("Optic disc with glaucomatous cupping in both eyes.", "cupping OU", "H40.1", "both eyes"),
        # A specific term in the note supports the general one in the caption.
        ("Fundus photograph showing diabetic retinopathy.", "proliferative diabetic retinopathy, NVD", "", ""),
    ],
)
def test_good_captions_are_accepted(caption, source, codes, eye):
    verdict = check(caption, source, codes, eye)
    assert verdict.accepted, verdict.reasons
    assert verdict.reasons == ()


def test_empty():
    assert check("   ").reasons == ("empty",)
    assert not check("").accepted


def test_too_short_and_too_long():
    assert "too_short" in check("Drusen.", "drusen").reasons
    long = GOOD + " " + " ".join(["the macula"] * 40)
    reasons = check(long, "soft drusen").reasons
    assert "too_long" in reasons
    assert "too_short" not in reasons
    # The limits are parameters.
    assert check(GOOD, "soft drusen", min_words=20).reasons == ("too_short",)
    assert check(GOOD, "soft drusen", max_words=5).reasons == ("too_long",)


def test_over_context_uses_the_injected_counter():
    counted: list[str] = []

    def count(text: str) -> int:
        counted.append(text)
        return 100

    verdict = check(GOOD, "soft drusen", count_tokens=count)
    assert verdict.reasons == ("over_context",)
    assert counted == [GOOD]
    assert check(GOOD, "soft drusen", count_tokens=lambda t: 77).accepted  # the limit itself fits
    assert check(GOOD, "soft drusen", count_tokens=lambda t: 10, max_tokens=9).reasons == ("over_context",)


def test_default_token_estimate_is_close_to_clip_bpe():
    # open_clip's ViT-B-32 tokenizer gives 19 tokens (start/end included) for this caption (measured);
    # the estimate must stay within 25% of it.
    assert 19 * 0.75 <= estimate_clip_tokens(GOOD) <= 19 * 1.25
    assert estimate_clip_tokens(" ".join(["microaneurysms"] * 40)) > 77


def test_identifiers_one_reason_per_kind_from_the_injected_scan():
    seen: list[str] = []

    def scan(text: str) -> list[str]:
        seen.append(text)
        return ["NAME", "DATE", "NAME"]

    verdict = check(GOOD, "soft drusen", scan=scan)
    assert verdict.reasons == ("identifier:NAME", "identifier:DATE")
    assert seen == [GOOD]
    assert check(GOOD, "soft drusen", scan=lambda text: []).accepted


def test_default_identifier_scan():
    caption = "Fundus of the right eye seen by Dr Smith on 12/03/2021, MRN 12345678, drusen."
    reasons = check(caption, "drusen").reasons
    assert {"identifier:NAME", "identifier:DATE", "identifier:ID"} <= set(reasons)
    assert basic_identifier_scan("Fundus with [NAME] drusen") == ["PLACEHOLDER"]
    assert basic_identifier_scan("cup-to-disc ratio 0.8, grade 2 of 4") == []


def test_not_fundus():
    # SmolLM2-135M's typical off-topic reply: about eyes, but not a fundus.
    assert check("A woman applying eyeliner to her eyes before a party.").reasons == ("not_fundus",)
    # A vocabulary finding alone makes the caption about the fundus.
    assert check("Scattered soft drusen are seen.", "soft drusen").accepted


@pytest.mark.parametrize(
    ("caption", "eye", "ok"),
    [
        ("Fundus photograph of the left eye with drusen.", "right eye", False),
        ("Fundus photograph of the right eye with drusen.", "left eye", False),
        ("Bilateral drusen on fundus photography.", "right eye", False),
        ("Fundus photograph of both eyes with drusen.", "left eye", False),
        ("Fundus photograph OS with drusen.", "right eye", False),
        ("Fundus photograph of the right eye with drusen.", "", False),  # eye unknown: none may be named
        ("Fundus photograph of the right eye with drusen.", "right eye", True),
        ("Fundus photograph of the right eye with drusen.", "both eyes", True),
        ("Fundus photograph with drusen.", "left eye", True),
        ("Fundus photograph OD with drusen.", "right eye", True),
        # "os" in lower case is not the abbreviation.
        ("Fundus photograph with drusen, the optic disc os normal-looking.", "right eye", True),
    ],
)
def test_laterality(caption, eye, ok):
    reasons = check(caption, "drusen, optic disc normal", eye=eye).reasons
    assert ("laterality" not in reasons) is ok, reasons


def test_record_eye_abbreviations_and_bad_values():
    assert check("Fundus photograph of the right eye with drusen.", "drusen", eye="OD").accepted
    with pytest.raises(ValueError, match="eye 'sideways'"):
        check(GOOD, "soft drusen", eye="sideways")


def test_unsupported_finding():
    verdict = check("Fundus photograph of the right eye with drusen and a macular hole.", "drusen")
    assert verdict.reasons == ("unsupported:macular hole",)
    # A grade the codes do not state is not supported by the general diagnosis.
    verdict = check("Fundus photograph showing proliferative diabetic retinopathy.", codes="E11.3392")
    assert verdict.reasons == ("unsupported:proliferative diabetic retinopathy",)


def test_codes_support_conditions():
    caption = "Fundus photograph of the right eye showing retinal vein occlusion."
    assert check(caption, codes="H34.8110").accepted
    assert check(caption, codes="H40.11").reasons == ("unsupported:retinal vein occlusion",)
    # E11.3x1 = with macular oedema (6th character).
    assert check("Fundus photograph with diabetic macular oedema.", codes="E11.3311").accepted
    assert not check("Fundus photograph with diabetic macular oedema.", codes="E11.3391").accepted


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Fundus photograph of the right eye with retinal haemorrhages.", "hemorrhages in all quadrants"),
        ("Fundus photograph of the right eye with retinal hemorrhages.", "haemorrhages in all quadrants"),
        ("Fundus photograph of the right eye with diabetic macular edema.", "DMO, macular oedema"),
        ("Fundus photograph of the right eye with neovascularization of the disc.", "neovascularisation at disc"),
        ("Fundus photograph of the right eye with cotton-wool spots.", "cotton wool spot superiorly"),
        ("Fundus photograph of the right eye with non proliferative diabetic retinopathy.", "nonproliferative DR"),
    ],
)
def test_uk_and_us_spellings_support_each_other(caption, source):
    verdict = check(caption, source)
    assert verdict.accepted, verdict.reasons


def test_vocabulary_holds_both_spellings():
    assert {"haemorrhage", "hemorrhage"} <= set(FINDING_TERMS["haemorrhage"])
    assert {"macular oedema", "macular edema"} <= set(FINDING_TERMS["macular oedema"])
    assert {"neovascularisation", "neovascularization"} <= set(FINDING_TERMS["neovascularisation"])
    assert all(forms for forms in FINDING_TERMS.values())


def test_negation_in_the_source_does_not_support_a_positive_mention():
    caption = "Fundus photograph of the right eye with drusen and haemorrhages."
    assert check(caption, "No drusen or haemorrhages.").reasons == (
        "unsupported:drusen",
        "unsupported:haemorrhage",
    )
    assert check(caption, "Drusen: none. Haemorrhages present.").reasons == ("unsupported:drusen",)
    # The scope of a negation ends at the clause.
    assert check(caption, "No exudates; drusen and haemorrhages seen.").accepted
    assert check(caption, "No exudates but drusen and haemorrhages.").accepted


def test_negation_in_the_caption_needs_a_negation_in_the_source():
    caption = "Fundus photograph of the right eye with drusen, no haemorrhage."
    assert check(caption, "drusen, no haemorrhages").accepted
    assert check(caption, "drusen").reasons == ("unsupported:no haemorrhage",)
    # Contradiction: the codes say diabetic retinopathy, the caption says there is none.
    verdict = check("Fundus photograph of the right eye without diabetic retinopathy.", codes="E11.3391")
    assert verdict.reasons == ("unsupported:no diabetic retinopathy",)
    # "no DR" in the note supports "no proliferative DR" in the caption, not the other way round.
    assert check("Fundus photograph with no proliferative diabetic retinopathy.", "no DR").accepted
    assert not check("Fundus photograph with no diabetic retinopathy.", "no PDR").accepted


def test_find_terms_prefers_the_longest_form_and_spares_titles():
    terms = [(m.term, m.negated) for m in find_terms("Soft exudates; non-proliferative diabetic retinopathy.")]
    assert terms == [("cotton wool spot", False), ("non-proliferative diabetic retinopathy", False)]
    # "DR" is an abbreviation, matched case-sensitively.
    assert [m.term for m in find_terms("Seen by Dr Jones, dr")] == []
    assert [m.term for m in find_terms("Mild DR. Seen in clinic.")] == ["mild non-proliferative diabetic retinopathy"]


def test_a_doctor_in_the_note_is_not_diabetic_retinopathy():
    caption = "Fundus photograph with diabetic retinopathy."
    for source in ("Seen by DR [NAME].", "Referred by DR. <PERSON>.", "DR Smith reviewed."):
        assert check(caption, source).reasons == ("unsupported:diabetic retinopathy",), source
    assert check(caption, "DR: mild background changes.").accepted


def test_several_reasons_in_a_stable_order():
    verdict = check(
        "Left eye: macular hole.",
        "drusen",
        scan=lambda text: ["NAME"],
        min_words=5,
    )
    assert verdict.reasons == ("too_short", "identifier:NAME", "laterality", "unsupported:macular hole")
    assert not verdict.accepted


# --- De-identification placeholders and asserted findings -------------------------------------

PLACEHOLDER_CAPTION = "Fundus photograph of [NAME]'s right eye on [DATE] showing soft drusen"


@pytest.mark.parametrize("scan", [None, lambda text: [], lambda text: ["NAME"]])
def test_placeholder_is_flagged_whatever_scan_is_passed(scan):
    # The pipeline's de-identifier treats "[NAME]" as already redacted and reports nothing for it.
    reasons = check(PLACEHOLDER_CAPTION, "soft drusen", scan=scan).reasons
    assert "identifier:PLACEHOLDER" in reasons
    assert reasons.count("identifier:PLACEHOLDER") == 1
    assert not check("Fundus photograph of the right eye showing <PERSON>.", "drusen", scan=lambda t: []).accepted
    # No placeholder, nothing reported by the scan: accepted.
    assert check(GOOD, "soft drusen", scan=lambda text: []).accepted


def test_placeholder_reason_follows_the_scan_kinds():
    verdict = check(PLACEHOLDER_CAPTION, "soft drusen", scan=lambda text: ["DATE"])
    assert verdict.reasons == ("identifier:DATE", "identifier:PLACEHOLDER")


@pytest.mark.parametrize(
    ("source", "caption", "term"),
    [
        # Hedged: suspected, not asserted.
        ("Possible CNV", "Fundus photograph of the right eye with CNV.", "choroidal neovascularisation"),
        ("Suspected PDR", "Fundus photograph of the right eye with PDR.", "proliferative diabetic retinopathy"),
        ("Query macular hole", "Fundus photograph of the right eye with a macular hole.", "macular hole"),
        ("CNV?", "Fundus photograph of the right eye with CNV.", "choroidal neovascularisation"),
        ("?CNV", "Fundus photograph of the right eye with CNV.", "choroidal neovascularisation"),
        (
            "Cannot exclude retinal detachment",
            "Fundus photograph of the right eye with retinal detachment.",
            "retinal detachment",
        ),
        (
            "Retinal detachment cannot be excluded.",
            "Fundus photograph of the right eye with retinal detachment.",
            "retinal detachment",
        ),
        ("Rule out RD", "Fundus photograph of the right eye with retinal detachment.", "retinal detachment"),
        # Family history, risk, screening.
        ("Family history of glaucoma", "Fundus photograph of the right eye with glaucoma.", "glaucoma"),
        ("FHx glaucoma", "Fundus photograph of the right eye with glaucoma.", "glaucoma"),
        ("Mother has glaucoma.", "Fundus photograph of the right eye with glaucoma.", "glaucoma"),
        (
            "Risk of diabetic retinopathy discussed",
            "Fundus photograph of the right eye with diabetic retinopathy.",
            "diabetic retinopathy",
        ),
        (
            "Screening for diabetic retinopathy. Fundus: normal.",
            "Fundus photograph of the right eye with diabetic retinopathy.",
            "diabetic retinopathy",
        ),
        # History: not a current finding.
        (
            "Previous retinal detachment repaired; retina flat",
            "Fundus photograph of the right eye with retinal detachment.",
            "retinal detachment",
        ),
        (
            "Retinal detachment repaired 2 years ago.",
            "Fundus photograph with retinal detachment.",
            "retinal detachment",
        ),
    ],
)
def test_findings_the_note_does_not_assert_are_unsupported(source, caption, term):
    assert check(caption, source).reasons == (f"unsupported:{term}",)


@pytest.mark.parametrize(
    ("source", "caption"),
    [
        ("Fundus: soft drusen at the macula", "Fundus photograph of the right eye with drusen."),
        ("CNV at the fovea.", "Fundus photograph of the right eye with CNV."),
        ("PDR with NVD.", "Fundus photograph of the right eye with PDR."),
        ("High-risk PDR with NVD.", "Fundus photograph of the right eye with PDR."),
        ("Full thickness macular hole.", "Fundus photograph of the right eye with a macular hole."),
        ("Advanced glaucoma, cup-to-disc 0.9.", "Fundus photograph of the right eye with glaucoma."),
        ("Macula-off retinal detachment.", "Fundus photograph of the right eye with retinal detachment."),
        # The asserted finding in the next clause is not caught by the hedge/history/screening cue.
        ("Screening for diabetic retinopathy. Fundus: normal.", "Fundus photograph of the right eye, normal."),
        ("Possible CNV; drusen at the macula.", "Fundus photograph of the right eye with drusen."),
        ("Hx: diabetes 10 years, fundus: moderate NPDR.", "Fundus photograph with diabetic retinopathy."),
        ("Previous retinal detachment repaired; retina flat, drusen.", "Fundus photograph with drusen."),
        # A suspicion that is itself a diagnosis stays a vocabulary term of its own.
        ("Suspected glaucoma, cup-to-disc 0.6.", "Fundus photograph of a glaucoma suspect."),
    ],
)
def test_asserted_findings_are_still_supported(source, caption):
    verdict = check(caption, source)
    assert verdict.accepted, verdict.reasons


def test_codes_still_support_what_the_note_only_suspects():
    # Codes are diagnoses, not suspicions.
    assert check("Fundus photograph showing glaucoma.", "Family history of glaucoma", codes="H40.11").accepted
    assert check("Fundus photograph with diabetic retinopathy.", "Possible DR", codes="E11.3391").accepted


def test_non_asserted_mentions_support_no_absence_either():
    # "No family history of glaucoma" says nothing about this eye; "rule out" is not "ruled out".
    assert check("Fundus photograph without glaucoma.", "No family history of glaucoma.").reasons == (
        "unsupported:no glaucoma",
    )
    assert check("Fundus photograph without retinal detachment.", "Rule out RD.").reasons == (
        "unsupported:no retinal detachment",
    )
    assert check("Fundus photograph without retinal detachment.", "RD ruled out.").accepted


def test_find_terms_reports_the_context():
    text = "Possible CNV. FHx glaucoma. Previous RD. Risk of PDR. Screening for AMD. Drusen."
    assert [(m.term, m.context) for m in find_terms(text)] == [
        ("choroidal neovascularisation", "hedged"),
        ("glaucoma", "family"),
        ("retinal detachment", "history"),
        ("proliferative diabetic retinopathy", "risk"),
        ("age-related macular degeneration", "screening"),
        ("drusen", ""),
    ]


PER_EYE_NOTE = "Right eye: PDR. Left eye: normal fundus."


@pytest.mark.parametrize(
    ("note", "eye", "caption", "reasons"),
    [
        (
            PER_EYE_NOTE,
            "left eye",
            "Fundus photograph of the left eye with PDR.",
            ("unsupported:proliferative diabetic retinopathy",),
        ),
        (PER_EYE_NOTE, "right eye", "Fundus photograph of the right eye with PDR.", ()),
        (PER_EYE_NOTE, "left eye", "Fundus photograph of the left eye, normal.", ()),
        (PER_EYE_NOTE, "right eye", "Fundus photograph of the right eye, normal.", ("unsupported:normal",)),
        (
            "RE: PDR. LE: normal.",
            "left eye",
            "Fundus photograph with PDR.",
            ("unsupported:proliferative diabetic retinopathy",),
        ),
        ("RE: PDR. LE: normal.", "right eye", "Fundus photograph with PDR.", ()),
        (
            "OD: normal OS: PDR",
            "right eye",
            "Fundus photograph with PDR.",
            ("unsupported:proliferative diabetic retinopathy",),
        ),
        ("OD: normal OS: PDR", "left eye", "Fundus photograph with PDR.", ()),
        # A negation stays in its section ("no" under OD: does not reach the OS: section).
        ("OD: no drusen OS: drusen", "left eye", "Fundus photograph with drusen.", ()),
        ("OD: no drusen OS: drusen", "right eye", "Fundus photograph with drusen.", ("unsupported:drusen",)),
        # Text outside any section applies to both eyes.
        ("Drusen at both maculae. Right eye: PDR.", "left eye", "Fundus photograph with drusen.", ()),
        # A record of both eyes takes any section; one of unknown eye only what holds for both.
        (PER_EYE_NOTE, "both eyes", "Fundus photograph with PDR.", ()),
        (PER_EYE_NOTE, "", "Fundus photograph with PDR.", ("unsupported:proliferative diabetic retinopathy",)),
        ("RE: drusen. LE: drusen.", "", "Fundus photograph with drusen.", ()),
        # Lower-case "re:" is not a right-eye label.
        ("re: referral, drusen", "left eye", "Fundus photograph with drusen.", ()),
    ],
)
def test_per_eye_sections_of_the_note(note, eye, caption, reasons):
    assert check(caption, note, eye=eye).reasons == reasons
