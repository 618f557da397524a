use yew::prelude::*;

#[component]
fn Baseline() -> Html {
    html! { <main><h1 id="ready">{ "baseline" }</h1></main> }
}

fn main() {
    yew::Renderer::<Baseline>::new().render();
}
