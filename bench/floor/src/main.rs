//! One component: a heading and a button. Marks `app-interactive` after its first render,
//! as the simulator does.
use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("app-interactive");
        }
    });
    html! {
        <main>
            <h1>{"Floor"}</h1>
            <button {onclick}>{format!("Clicked {} times", *clicks)}</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
