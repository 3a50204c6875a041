//! A view that is drawn anew whenever it changes, instead of being patched.
//!
//! A reactive closure in a view patches its old DOM with the new view
//! (`Render::rebuild`), and that patching code is generated again for every
//! distinct view type under it. Where a view changes rarely (compact mode,
//! the language, a question shown on a condition, the listing's answer),
//! building it anew and swapping it in does without that code: none of the
//! types under a `Redrawn` is ever patched. The answer panel is patched: on a
//! keystroke that is twice as fast as drawing it anew (`bench/results.md`).

use leptos::prelude::*;
use leptos::tachys::html::attribute::{any_attribute::AnyAttribute, Attribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::ssr::StreamBuilder;
use leptos::tachys::view::{
    add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml,
};

/// `view` to be replaced, not patched, when it changes.
pub struct Redrawn<V>(pub V);

// Its state is the view's own: only `rebuild` differs.
impl<V: Render> Render for Redrawn<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl<V: AddAnyAttr> AddAnyAttr for Redrawn<V> {
    type Output<SomeNewAttr: Attribute> = Redrawn<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Redrawn(self.0.add_any_attr(attr))
    }
}

// The widget renders in the browser only; these pass through to the view so
// that `Redrawn` is a view wherever its contents are.
impl<V: RenderHtml> RenderHtml for Redrawn<V> {
    type AsyncOutput = Redrawn<V::AsyncOutput>;
    type Owned = Redrawn<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        Redrawn(self.0.resolve().await)
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        Redrawn(self.0.into_owned())
    }
}

/// Leptos's `<Show>` without its fallback and type erasure: `children` while
/// `when` holds, drawn anew each time it turns true.
#[component]
pub fn Shown<W, C>(when: W, children: TypedChildrenFn<C>) -> impl IntoView
where
    W: Fn() -> bool + Send + Sync + 'static,
    C: IntoView + 'static,
{
    let when = Memo::new(move |_| when());
    let children = children.into_inner();
    move || Redrawn(when.get().then(|| children()))
}
