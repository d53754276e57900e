//! The draw that breaks ties, as anyone can check it: the rule, each round's published
//! SHA-256 of its seed, and the seed once the round has closed.

use leptos::prelude::*;

use crate::{
    i18n::use_locale,
    review::get_draws,
    ui::{PageTitle, error_summary},
};

#[component]
pub fn DrawPage() -> impl IntoView {
    let locale = use_locale();
    let draws = Resource::new(|| (), |()| get_draws());
    view! {
        <PageTitle text=locale.t("draw-title") />
        <h1>{locale.t("draw-title")}</h1>
        <p>{locale.t("draw-lead")}</p>
        <pre class="code">"sha256(seed + submission_number)"</pre>
        <p>{locale.t("draw-check")}</p>
        <Suspense fallback=|| ()>
            {move || draws.get().map(|r| match r {
                Ok(rounds) if rounds.is_empty() => view! { <p>{locale.t("draw-none")}</p> }.into_any(),
                Ok(rounds) => view! {
                    <dl class="draws">
                        {rounds.into_iter().map(|d| view! {
                            <dt>{locale.t(&d.round.label_key())}</dt>
                            <dd>
                                {locale.t("review-seed-commitment")} " " <code data-testid="commitment">{d.commitment}</code>
                                <br />
                                {match d.seed {
                                    Some(seed) => view! { {locale.t("review-seed")} " " <code data-testid="seed">{seed}</code> }.into_any(),
                                    None => view! { <span>{locale.t("draw-seed-at-close")}</span> }.into_any(),
                                }}
                            </dd>
                        }).collect_view()}
                    </dl>
                }.into_any(),
                Err(e) => view! { <p class="form-error">{error_summary(&e)}</p> }.into_any(),
            })}
        </Suspense>
    }
}
