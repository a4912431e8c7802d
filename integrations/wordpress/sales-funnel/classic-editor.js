/**
 * The Classic editor's Visual tab, where WordPress's wp.editor.autop and TinyMCE would lose a `<sales-funnel>`:
 * autop puts it in a `<p>` that TinyMCE finds empty and blanks, splits a child table out of it with `<p>`s, and
 * joins the lines of a tag, so steps written one per line run into one. These mend that, through the hooks
 * editor.js fires around autop ('beforeWpautop', 'afterWpautop') and around its reverse ('afterPreWpautop').
 */
( function ( $ ) {
	$( document.body )
		// Text → Visual, before autop: steps and improvements written one per line get "; " between them instead.
		// (A JSON list is left alone: a space between its items does no harm.)
		.on( 'beforeWpautop', function ( event, obj ) {
			obj.data = obj.data.replace( /<sales-funnel\b[^>]*>/gi, function ( tag ) {
				return tag.replace( /(\s(?:steps|improvements)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi, function ( all, name, double, single ) {
					var quote = undefined === double ? "'" : '"';
					var value = undefined === double ? single : double;
					return /^\s*[[{]/.test( value ) ? all : name + quote + value.trim().replace( /\s*;?\s*\n\s*/g, '; ' ) + quote;
				} );
			} );
		} )
		// After autop: no paragraph or line break around the element's own tags.
		.on( 'afterWpautop', function ( event, obj ) {
			obj.data = obj.data
				.replace( /<p>\s*(<\/?sales-funnel\b[^>]*>)/gi, '$1' )
				.replace( /(<\/?sales-funnel\b[^>]*>)\s*(?:<br \/>\s*)?<\/p>/gi, '$1' )
				.replace( /(<sales-funnel\b[^>]*>)\s*<br \/>/gi, '$1' );
		} )
		// Visual → Text, and saving: a blank line before and after the element keeps the text around it in its paragraphs.
		.on( 'afterPreWpautop', function ( event, obj ) {
			obj.data = obj.data.replace( /\s*(<sales-funnel\b[^>]*>[\s\S]*?<\/sales-funnel>)\s*/gi, '\n\n$1\n\n' ).trim();
		} );
} )( window.jQuery );
