//! Charts drawn on the server as SVG: no script, readable by a screen reader (each bar's
//! label and value are text in the drawing, and the figure has a caption).

use leptos::prelude::*;

/// One bar: its label and its value, already written out for the visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    pub shown: String,
}

const ROW: u32 = 22;
const LABEL: u32 = 180;
const WIDTH: u32 = 640;

/// A horizontal bar chart.
#[component]
pub fn BarChart(caption: String, bars: Vec<Bar>, #[prop(into)] id: String) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0).max(1) + 4;
    let span = WIDTH - LABEL - 70;
    let caption_id = format!("{id}-caption");
    view! {
        <figure class="chart" data-testid=id.clone()>
            <figcaption id=caption_id.clone()>{caption}</figcaption>
            // Drawn left to right in every language: in a right-to-left page the SVG would
            // inherit the page's direction and anchor the labels on the wrong side of them.
            <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" role="img" direction="ltr"
                aria-labelledby=caption_id xmlns="http://www.w3.org/2000/svg">
                {bars.into_iter().enumerate().map(|(i, b)| {
                    let y = ROW * u32::try_from(i).unwrap_or(0) + 2;
                    // Proportional, and at least a sliver for a value that is not zero.
                    let w = u32::try_from(b.value.saturating_mul(u64::from(span)) / max)
                        .unwrap_or(span)
                        .max(u32::from(b.value > 0));
                    view! {
                        <g>
                            <text x=LABEL - 8 y=y + 15 text-anchor="end" font-size="13">{b.label}</text>
                            <rect x=LABEL y=y + 3 width=w height=ROW - 6 rx="3" class="bar" />
                            <text x=LABEL + w + 6 y=y + 15 font-size="13">{b.shown}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
}
