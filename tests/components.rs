//! Component tests in headless Chromium (wasm-bindgen-test-runner + chromedriver).
//! Each mounts real components into the page and reads the DOM they render.
#![cfg(target_arch = "wasm32")]

use gongshang::date::Date;
use gongshang::link::{parse_query, split_common};
use gongshang::ui::benefits::BenefitsPage;
use gongshang::ui::fields::{Choice, Radios, RadiosProps, TextField, TextFieldProps};
use gongshang::ui::premium::PremiumPage;
use gongshang::ui::{AsOf, LinkProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::scheduler::flush().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

/// Types into an input or a text area the way a browser does: set the value, then fire `input`.
fn type_into(root: &Element, selector: &str, value: &str) {
    let field = root.query_selector(selector).unwrap().expect(selector);
    match field.dyn_ref::<HtmlInputElement>() {
        Some(input) => input.set_value(value),
        None => field
            .dyn_ref::<web_sys::HtmlTextAreaElement>()
            .expect("an input or a text area")
            .set_value(value),
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn text_field_wires_label_hint_and_error() {
    let root = root();
    let props = TextFieldProps {
        id: "f-x".into(),
        label: "核定费率".into(),
        value: "abc".into(),
        oninput: Callback::noop(),
        hint: Some("例如 0.45".into()),
        error: Some("请输入数字".into()),
        suffix: Some("%".into()),
        inputmode: None,
        multiline: false,
        onblur: Callback::noop(),
        width: None,
        heading: false,
    };
    yew::Renderer::<TextField>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let input = root.query_selector("input#f-x").unwrap().unwrap();
    assert_eq!(
        root.query_selector("label[for=f-x]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "核定费率"
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("f-x-hint f-x-error")
    );
    assert!(text_of(&root, "#f-x-error").contains("请输入数字"));
    assert_eq!(
        input.dyn_into::<HtmlInputElement>().unwrap().value(),
        "abc",
        "what was typed stays"
    );
}

#[wasm_bindgen_test]
async fn radios_group_under_a_legend() {
    let root = root();
    let props = RadiosProps {
        name: "f-q".into(),
        legend: "是否参保？".into(),
        choices: vec![
            Choice::new("yes", "是"),
            Choice::new("no", "否"),
            Choice::new("unsure", "不确定"),
        ],
        selected: "no".into(),
        onchange: Callback::noop(),
        hint: None,
        error: None,
        inline: true,
        heading: false,
    };
    yew::Renderer::<Radios>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(text_of(&root, "fieldset legend"), "是否参保？");
    assert_eq!(
        root.query_selector_all("input[type=radio][name=f-q]")
            .unwrap()
            .length(),
        3
    );
    let checked: HtmlInputElement = root
        .query_selector("#f-q-no")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(checked.checked());
    assert_eq!(text_of(&root, "label[for=f-q-unsure]"), "不确定");
}

#[derive(Properties, PartialEq)]
struct HostProps {
    query: String,
}

/// A calculator page (the estimator, unless named) under the link's as-of date, as the app would mount it.
#[component]
fn Host<P = PremiumPage>(p: &HostProps) -> Html
where
    P: BaseComponent<Properties = LinkProps>,
{
    let common = split_common(parse_query(&p.query));
    let text = common.date.clone().unwrap_or_else(|| "2025-06-01".into());
    let as_of = AsOf {
        day: Date::parse(&text),
        text,
        today: Date::new(2026, 11, 29).unwrap(),
        set: Callback::noop(),
    };
    html! {
        <ContextProvider<AsOf> context={as_of}>
            <P pairs={Rc::new(common.rest)} notes={Rc::new(common.notes)} />
        </ContextProvider<AsOf>>
    }
}

#[wasm_bindgen_test]
async fn estimator_renders_a_deep_link_and_updates_as_the_user_types() {
    let root = root();
    let query = "date=2025-06-01&mode=payroll&rate=0.45&payroll=1200万&period=year".to_string();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { query }).render();
    settle().await;
    assert_eq!(text_of(&root, "#amount-monthly"), "4,500.00 元");
    assert_eq!(text_of(&root, "#amount-total"), "54,000.00 元");
    assert!(text_of(&root, ".working").contains("您填写的核定费率"));

    type_into(&root, "#f-rate", "0.9");
    settle().await;
    assert_eq!(text_of(&root, "#amount-total"), "108,000.00 元");

    type_into(&root, "#f-payroll", "-5");
    settle().await;
    // The field keeps "-5"; its message shows once the link-filled field is marked as seen.
    let payroll: HtmlInputElement = root
        .query_selector("#f-payroll")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(payroll.value(), "-5");
    assert!(text_of(&root, "#f-payroll-error").contains("不能为负数"));
    assert!(
        root.query_selector("#amount-total").unwrap().is_none(),
        "no result from bad input"
    );
}

#[wasm_bindgen_test]
async fn estimator_shows_link_notes_and_all_four_tiers() {
    let root = root();
    let query = "date=2025-06-01&mode=project&price=5000万&colour=red".to_string();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { query }).render();
    settle().await;
    assert!(text_of(&root, ".notice").contains("colour"));
    let table = text_of(&root, "#amount-choices");
    for amount in [
        "45,000.00 元",
        "75,000.00 元",
        "125,000.00 元",
        "150,000.00 元",
    ] {
        assert!(table.contains(amount), "{table}");
    }
}

#[derive(Properties, PartialEq)]
struct FlowHostProps {
    query: String,
    /// The self-check's route.
    path: &'static str,
}

/// A self-check's line in the tool list.
fn self_check(path: &str) -> &'static gongshang::tools::SelfCheck {
    gongshang::tools::self_checks()
        .find(|t| t.path == path)
        .unwrap()
}

/// The self-check page under a fixed as-of date.
#[component]
fn FlowHost(p: &FlowHostProps) -> Html {
    let common = split_common(parse_query(&p.query));
    let as_of = AsOf {
        text: "2025-06-01".into(),
        day: Date::parse("2025-06-01"),
        today: Date::new(2026, 11, 29).unwrap(),
        set: Callback::noop(),
    };
    html! {
        <ContextProvider<AsOf> context={as_of}>
            <gongshang::ui::flow::FlowPage tool={self_check(p.path)} pairs={Rc::new(common.rest)} notes={Rc::new(common.notes)} />
        </ContextProvider<AsOf>>
    }
}

#[wasm_bindgen_test]
async fn a_question_screen_offers_unsure_and_a_back_link() {
    let root = root();
    let query = "unit=enterprise&at=registered".to_string();
    yew::Renderer::<FlowHost>::with_root_and_props(
        root.clone(),
        FlowHostProps {
            query,
            path: gongshang::enroll::PATH,
        },
    )
    .render();
    settle().await;
    assert_eq!(
        text_of(&root, "legend h1"),
        "单位是否已经办理社会保险登记？"
    );
    assert_eq!(
        root.query_selector_all("input[type=radio][name=q-answer]")
            .unwrap()
            .length(),
        3
    );
    assert_eq!(text_of(&root, "label[for=q-answer-unsure]"), "不确定");
    let back = root.query_selector(".back-link").unwrap().unwrap();
    assert!(back.get_attribute("href").unwrap().contains("at=unit"));
}

#[wasm_bindgen_test]
async fn the_check_page_has_a_change_link_per_answer() {
    let root = root();
    let query = "unit=sole&employees=no&at=check".to_string();
    yew::Renderer::<FlowHost>::with_root_and_props(
        root.clone(),
        FlowHostProps {
            query,
            path: gongshang::enroll::PATH,
        },
    )
    .render();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "核对您的回答");
    let change = root.query_selector("#change-employees").unwrap().unwrap();
    let href = change.get_attribute("href").unwrap();
    assert!(
        href.contains("at=employees") && href.contains("ret=check") && href.contains("unit=sole"),
        "{href}"
    );
    assert!(text_of(&root, ".check-list").contains("个体工商户"));
}

#[wasm_bindgen_test]
async fn the_application_form_prints_the_answers_and_leaves_personal_boxes_blank() {
    let root = root();
    let query = "role=worker&kind=accident&injury_date=2025-05-20&situation=commute&commute_trip=home&commute_fault=not_main&excluded=none&employment=contract&insured=yes&unit_applied=no&at=result".to_string();
    yew::Renderer::<FlowHost>::with_root_and_props(
        root.clone(),
        FlowHostProps {
            query,
            path: gongshang::injury::PATH,
        },
    )
    .render();
    settle().await;
    let rows = root.query_selector_all(".sheet-table tr").unwrap();
    assert!(rows.length() > 10);
    // Every row is as wide as the widest: a short row's last box spans the rest.
    let mut widths = Vec::new();
    for i in 0..rows.length() {
        let row: Element = rows.item(i).unwrap().dyn_into().unwrap();
        let cells = row.children();
        let width: u32 = (0..cells.length())
            .map(|j| {
                cells
                    .item(j)
                    .unwrap()
                    .get_attribute("colspan")
                    .map_or(1, |c| c.parse().unwrap())
            })
            .sum();
        widths.push(width);
    }
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}");
    let sheet = text_of(&root, ".sheet");
    assert!(
        sheet.contains("2025年5月20日；在上下班途中受到交通事故伤害"),
        "{sheet}"
    );
    assert!(sheet.contains("本人"), "{sheet}");
    // The boxes for a name or an ID number hold nothing but the hidden word for a screen reader.
    let name = root
        .query_selector(".sheet-table tr td.sheet-write")
        .unwrap()
        .unwrap();
    assert_eq!(name.text_content().unwrap(), "（手写）");
}

#[wasm_bindgen_test]
async fn the_panic_recovery_page_offers_a_clean_start() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let app = doc.create_element("div").unwrap();
    app.set_id("app");
    app.set_inner_html("<p>frozen page</p>");
    doc.body().unwrap().append_child(&app).unwrap();
    gongshang::ui::show_recovery();
    let text = app.text_content().unwrap();
    assert!(
        text.contains("页面出错了") && !text.contains("frozen page"),
        "{text}"
    );
    let restart = doc.get_element_by_id("restart").unwrap();
    assert_eq!(
        restart.get_attribute("href").as_deref(),
        Some("./?restart#/")
    );
    assert_eq!(
        doc.query_selector("[role=alert]")
            .unwrap()
            .unwrap()
            .tag_name(),
        "MAIN"
    );
}

#[wasm_bindgen_test]
async fn benefits_page_renders_totals_from_a_link_and_recomputes_as_the_user_types() {
    let root = root();
    // Born 1980-01, far from the retirement age: the Jiangsu grants are not cut.
    let query = "date=2026-11-29&injury_date=2025-03-10&outcome=disability&grade=9&wage=6000&avg_wage=8000&insured=yes&ends=expiry&birth=1980-01&category=male&nursing=none".to_string();
    yew::Renderer::<Host<BenefitsPage>>::with_root_and_props(root.clone(), HostProps { query })
        .render();
    settle().await;
    let totals = text_of(&root, "#benefits-totals");
    // Fund: 9 × 6,000 + the medical grant 40,000–60,000; unit: the employment grant 20,000–30,000.
    // Each rests on the provincial standard floated ±20 %: marked 待核实 where it stands.
    assert!(
        totals.contains("94,000.00 元 至 114,000.00 元 待核实"),
        "{totals}"
    );
    assert!(
        totals.contains("20,000.00 元 至 30,000.00 元 待核实"),
        "{totals}"
    );
    assert!(text_of(&root, "#benefits-items").contains("54,000.00 元"));
    // The hints state the figures of policy/, as the result uses them.
    assert!(text_of(&root, "#f-avg_wage-hint").contains("不按60%至300%调整"));
    assert!(text_of(&root, "#f-leave_months-hint").contains("一般不超过12个月"));
    assert!(text_of(&root, "#f-medical_local-hint").contains("上下浮动20%"));

    type_into(&root, "#f-wage", "7000");
    settle().await;
    assert!(text_of(&root, "#benefits-items").contains("63,000.00 元"));

    type_into(&root, "#f-wage", "7000..");
    settle().await;
    let wage: web_sys::HtmlTextAreaElement = root
        .query_selector("#f-wage")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(wage.value(), "7000..");
    assert!(!text_of(&root, "#f-wage-error").is_empty());
    assert!(
        root.query_selector("#benefits-totals").unwrap().is_none(),
        "no result from bad input"
    );
}
