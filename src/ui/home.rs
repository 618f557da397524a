//! 首页: what the app does, and a way into each tool.

use super::{address, page_link, AsOf, Route};
use crate::tools::TOOLS;
use yew::prelude::*;

#[component]
pub fn Home() -> Html {
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    {
        // The home link carries the date only when it is not today, so the plain address stays plain.
        let as_of = as_of.clone();
        use_effect_with(as_of.text.clone(), move |_| {
            if as_of.day == Ok(as_of.today) {
                address::replace("#/");
            } else {
                address::replace(&page_link(Route::Home, &as_of, Vec::new()));
            }
        });
    }
    html! {
        <>
            <h1>{ "常州工伤保险助手" }</h1>
            <p class="lead">
                { "帮助常州的用人单位和社保窗口工作人员弄清工伤保险：要不要参保、给谁参保、保费多少、出了工伤基金能否先行支付。" }
                { "每个结果都列出计算过程、政策依据和适用日期；输入的内容只在您的浏览器中处理，不会上传。" }
            </p>
            <ul class="cards">
                { for TOOLS.iter().map(|t| html! {
                    <li class="card">
                        <h2><a href={page_link(Route::Tool(t), &as_of, Vec::new())}>{ t.name() }</a></h2>
                        <p>{ t.summary() }</p>
                    </li>
                }) }
            </ul>
            <p>{ "想核对数据来源？请看" }<a href={page_link(Route::Rules, &as_of, Vec::new())}>{ "政策数据与来源" }</a>{ "，每个数值都注明了文号、适用期间和可信程度。" }</p>
        </>
    }
}
