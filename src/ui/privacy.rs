//! 隐私说明: what the app keeps (nothing, by default) and why, and which browsers run it.

use super::display::{ClearButton, Display};
use super::{page_link, AsOf, Route};
use yew::prelude::*;

#[component]
pub fn Privacy() -> Html {
    let Some(as_of) = use_context::<AsOf>() else {
        return html! {};
    };
    let display = use_context::<Display>();
    {
        let as_of = as_of.clone();
        use_effect_with(as_of.text.clone(), move |_| {
            super::address::replace(&page_link(Route::Privacy, &as_of, Vec::new()))
        });
    }
    let remember = display.as_ref().map(|d| {
        let cb = d.remember.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    });
    let toggle_counter = display.as_ref().map(|d| {
        let cb = d.toggle_counter.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    });
    let counter = display.as_ref().is_some_and(|d| d.counter);
    html! {
        <>
            <h1>{ "隐私说明" }</h1>
            <h2>{ "我们不收集任何信息" }</h2>
            <p>{ "本工具的全部计算都在您的浏览器中完成。您填写的金额和回答不会发送到任何服务器，本网站也不使用统计、广告或其他第三方服务。打开页面后，即使断开网络也能继续使用。" }</p>
            <h2>{ "您的输入在哪里" }</h2>
            <ul>
                <li>{ "输入只保存在当前页面的链接（地址栏）中，这样才能收藏、打印、分享结果。链接里没有姓名、身份证号等个人信息，本工具也不要求填写这些信息。" }</li>
                <li>{ "浏览器会像记录其他网页一样，把访问过的链接记在“历史记录”里（填写时，停顿一下才更新一次链接）。在公用电脑上，请开启下面的柜台模式，或使用浏览器的无痕（隐私）模式，或在使用后清除浏览历史。" }</li>
                <li>{ "为了断网时也能使用，浏览器会缓存本工具的程序文件；缓存里只有程序，没有您的输入。" }</li>
            </ul>
            <h2>{ "本机保存的设置" }</h2>
            <p>{ "默认不在本机保存任何东西。只有您点击下面的“在本机记住大字模式”，或开启柜台模式，才会在本浏览器中保存这一设置。" }</p>
            if let Some(d) = &display {
                <p>
                    { format!("当前：大字模式{}；{}。", if d.large { "开" } else { "关" }, if d.remembered { "已在本机记住" } else { "没有在本机保存" }) }
                </p>
                <p><button type="button" class="button button--secondary" id="remember-display" onclick={remember}>{ "在本机记住大字模式" }</button></p>
            }
            <h2>{ "柜台模式" }</h2>
            <p>{ "适合社保窗口等多人轮流使用的电脑。开启后，地址栏只显示页面名称，回答只保存在本页面的内存中，浏览器的历史记录和地址栏提示里都不会留下办事人的回答；“后退”“前进”照常使用。需要结果链接时，可以在结果下方复制，或扫描打印件上的二维码。刷新页面会清空当前输入。" }</p>
            <p>{ "这一设置保存在本浏览器中（清除本机数据也会保留），页面顶部会显示“柜台模式”。" }</p>
            <p>
                <button type="button" class="button button--secondary" id="counter-mode" aria-pressed={if counter { "true" } else { "false" }} onclick={toggle_counter}>
                    { if counter { "柜台模式：开（点击关闭）" } else { "柜台模式：关（点击开启）" } }
                </button>
            </p>
            <h2 id="browsers">{ "支持的浏览器" }</h2>
            <p>{ "本工具需要较新的浏览器：Chrome 或 Edge 97 及以上、Firefox 102 及以上、Safari 16 及以上（Windows 7 上最后的 Chrome 109 可以使用）。浏览器版本过旧时，打开页面会直接提示“浏览器版本过旧”。" }</p>
            <p>{ "使用 360、QQ 等双核浏览器时，请点击地址栏右侧的图标，切换到“极速模式”；“兼容模式”（IE 内核）无法运行本工具。切换后仍提示版本过旧，请把浏览器升级到最新版本，或换用上面列出的浏览器。" }</p>
            <h2>{ "清除本机数据" }</h2>
            <p>{ "窗口工作人员在接待下一位办事人之前，可以点击“清除本机数据”：删除本工具在本浏览器中保存的设置（柜台模式除外），并回到首页、清空当前输入。此后在这个窗口里按“后退”或“前进”，也不会再显示上一位办事人的回答。浏览器自己的历史记录不在本工具能清除的范围内；柜台模式开启后，那里不会有回答。" }</p>
            <ClearButton />
        </>
    }
}
