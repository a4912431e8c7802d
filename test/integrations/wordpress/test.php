<?php
/**
 * The WordPress plugin against WordPress's own code (bootstrap.php): saving as an author and as an
 * administrator, showing through 'the_content', for the block, the shortcode and `<sales-funnel>` written in a
 * post; hostile values; the editor's words; TinyMCE's settings. Writes the pages a visitor would get into the
 * folder given as the first argument, for Chromium (test/integrations/pages.test.ts), and TinyMCE's real
 * settings as tinymce-init.json. Prints one "ok - …" or "not ok - …" line per check; run.mjs counts them.
 */

require __DIR__ . '/bootstrap.php';

$sf_out = rtrim( $argv[1] ?? dirname( __DIR__ ) . '/out', '/' ) . '/wordpress';
if ( ! is_dir( $sf_out ) ) {
	mkdir( $sf_out, 0777, true );
}

/** One check: its line, and on failure what was there. */
function check( $name, $ok, $got = null ) {
	echo ( $ok ? 'ok' : 'not ok' ) . " - $name\n";
	if ( ! $ok && null !== $got ) {
		echo '  # got: ' . str_replace( "\n", "\n  #      ", is_string( $got ) ? $got : var_export( $got, true ) ) . "\n";
	}
}

/** Saving a post as WordPress does (wp_insert_post → sanitize_post 'db'), for a user of $role: slashed in, unslashed out. */
function save_as( $role, $content ) {
	sf_be( $role );
	return wp_unslash( sanitize_post_field( 'post_content', wp_slash( $content ), 0, 'db' ) );
}

/** Showing a post: the_content(), and the scripts the page then prints in its footer. */
function show( $content ) {
	// A new request: nothing enqueued yet, and 'the_content' as WordPress sets it up. (do_blocks() takes wpautop
	// off for a block post and _restore_wpautop_hook() puts it back after shortcode_unautop, so a classic post
	// shown later in the same request, on an archive page, gets its shortcodes wrapped in <p>: see 'fact' below.)
	$GLOBALS['wp_scripts'] = null;
	sales_funnel_register_scripts();
	$hook = clone $GLOBALS['wp_filter']['the_content'];
	$html = str_replace( ']]>', ']]&gt;', apply_filters( 'the_content', $content ) );
	$GLOBALS['wp_filter']['the_content'] = $hook;
	ob_start();
	wp_print_footer_scripts();
	return array( $html, trim( ob_get_clean() ) );
}

/** The page a visitor gets: the theme's frame reduced to what matters, the post, the footer's scripts. */
function write_page( $name, $title, $shown ) {
	list( $html, $footer ) = $shown;
	$page = "<!doctype html>\n<html " . get_language_attributes() . ">\n<head>\n<meta charset=\"utf-8\">\n"
		. "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" . esc_html( $title ) . "</title>\n"
		. "<style>body { font: 17px/1.6 Georgia, serif; max-width: 680px; margin: 2em auto; padding: 0 1em; }</style>\n"
		. "</head>\n<body>\n<main>\n<article>\n<h1>" . esc_html( $title ) . "</h1>\n$html\n</article>\n</main>\n$footer\n</body>\n</html>\n";
	file_put_contents( $GLOBALS['sf_out'] . "/$name.html", $page );
}

/** Every start tag in $html as [name, [attribute => value]]: enough to read WordPress's output, which quotes all. */
function tags( $html ) {
	preg_match_all( '/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=\/>]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]+))?)*)\s*\/?>/', $html, $found, PREG_SET_ORDER );
	$tags = array();
	foreach ( $found as $tag ) {
		preg_match_all( '/([^\s=\/>]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+)))?/', $tag[2], $pairs, PREG_SET_ORDER );
		$attributes = array();
		foreach ( $pairs as $pair ) {
			$attributes[ strtolower( $pair[1] ) ] = html_entity_decode( implode( '', array_slice( $pair, 2 ) ), ENT_QUOTES | ENT_HTML5 );
		}
		$tags[] = array( strtolower( $tag[1] ), $attributes );
	}
	return $tags;
}

/** The `<sales-funnel …>` start tags in $html, as written. */
function funnel_tags( $html ) {
	preg_match_all( '/<sales-funnel\b(?:[^>"\']|"[^"]*"|\'[^\']*\')*>/i', $html, $found );
	return $found[0];
}

/**
 * What an author must never get into a page: a handler, a style, a script, a frame, a `javascript:` URL, an
 * attribute on `<sales-funnel>` outside the plugin's list. Returns the offences found.
 */
function offences( $html ) {
	$allowed = sales_funnel_attributes();
	$found   = array();
	if ( preg_match( '/<\/?(script|iframe|object|embed|svg|math|style)\b/i', $html, $m ) ) {
		$found[] = "<{$m[1]}>";
	}
	foreach ( tags( $html ) as list( $name, $attributes ) ) {
		foreach ( $attributes as $attribute => $value ) {
			if ( 0 === strpos( $attribute, 'on' ) || 'style' === $attribute ) {
				$found[] = "$name $attribute";
			}
			if ( in_array( $attribute, array( 'href', 'src', 'action', 'formaction', 'xlink:href' ), true ) && preg_match( '/^\s*javascript:/i', $value ) ) {
				$found[] = "$name $attribute=javascript:";
			}
			if ( 'sales-funnel' === $name && ! isset( $allowed[ $attribute ] ) ) {
				$found[] = "sales-funnel $attribute";
			}
		}
	}
	return $found;
}

/** A block as the block editor stores it, by WordPress's own serializer. */
function block( $name, $attributes = array(), $inner = '' ) {
	return get_comment_delimited_block_content( $name, $attributes, $inner );
}

$steps_nl = "Leads: 1.000\nGekwalificeerd: 400\nVoorstel gedaan: 120\nVoorstel besproken: 60\nAankoop: 20";
$steps_en = 'Leads: 500; SQL: 25%; Purchase: 10';

// ---------------------------------------------------------------- the block ----------------------------------------------------------------
$block_post = block( 'core/paragraph', array(), '<p>Zo ziet onze funnel eruit dit kwartaal.</p>' ) . "\n\n"
	. block(
		'sales-funnel/funnel',
		array(
			'steps'     => $steps_nl,
			'dealValue' => '2.500',
			'period'    => 'quarter',
			'lang'      => 'nl',
			'heading'   => 'Onze "funnel" & jij',
		)
	) . "\n\n"
	. block( 'core/paragraph', array(), '<p>En in het Engels, met eigen cijfers:</p>' ) . "\n\n"
	. block( 'sales-funnel/funnel', array( 'steps' => $steps_en, 'lang' => 'en', 'editable' => true ) ) . "\n\n"
	. block( 'core/paragraph', array(), '<p>Schuif maar.</p>' );

$block_tags = array(
	"<sales-funnel class=\"wp-block-sales-funnel-funnel\" steps=\"$steps_nl\" deal-value=\"2.500\" lang=\"nl\" period=\"quarter\" heading=\"Onze &quot;funnel&quot; &amp; jij\">",
	'<sales-funnel class="wp-block-sales-funnel-funnel" steps="Leads: 500; SQL: 25%; Purchase: 10" lang="en" editable>',
);
foreach ( array( 'author', 'contributor', 'administrator' ) as $role ) {
	$saved = save_as( $role, $block_post );
	// kses runs on block attributes too and writes a lone & as &amp;, which the page shows as &.
	$expect = 'administrator' === $role ? $block_post : str_replace( '\u0026 jij', '\u0026amp; jij', $block_post );
	check( "block: $role saves it" . ( 'administrator' === $role ? ' unchanged' : ', kses writing & as &amp;' ), $saved === $expect, $saved );
	$shown = show( $saved );
	check( "block: $role's post shows both funnels, attributes escaped", funnel_tags( $shown[0] ) === $block_tags, funnel_tags( $shown[0] ) );
	check( "block: $role's post has its paragraphs around them", 3 === substr_count( $shown[0], '<p>' ) && false === strpos( $shown[0], '<br' ), $shown[0] );
	check( "block: $role's page loads the plugin's bundle once, in the footer", $shown[1] === "<script type='text/javascript' src='/integrations/wordpress/sales-funnel/assets/sales-funnel.classic.js?ver=0.1.0' id='sales-funnel-js'></script>", $shown[1] );
	if ( 'contributor' !== $role ) {
		write_page( "$role-block", 'Blok', $shown );
	}
}

// ---------------------------------------------------------------- the shortcode ----------------------------------------------------------------
$shortcode_post = "Zo ziet onze \"funnel\" eruit -- dit kwartaal.\n\n"
	. "[sales_funnel steps=\"Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20\" deal-value=\"2.500\" period=\"quarter\" lang=\"nl\" heading=\"Onze funnel\"]\n\n"
	. "En in het Engels, alleen lezen:\n\n"
	. "[sales_funnel steps='Leads: 500; SQL: 25%; Purchase: 10' lang=en readonly no-export HEADING=\"It's ours\" Min-Improvement=5]\n\n"
	. "Dat was het.";
$shortcode_expect = array(
	'<sales-funnel steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20" deal-value="2.500" lang="nl" period="quarter" heading="Onze funnel">',
	'<sales-funnel steps="Leads: 500; SQL: 25%; Purchase: 10" lang="en" min-improvement="5" heading="It&#039;s ours" readonly no-export>',
);
foreach ( array( 'author', 'contributor', 'administrator' ) as $role ) {
	$saved = save_as( $role, $shortcode_post );
	check( "shortcode: $role saves it unchanged", $saved === $shortcode_post, $saved );
	$shown = show( $saved );
	check( "shortcode: $role's post shows both funnels (hyphenated and mixed-case names, bare switches)", funnel_tags( $shown[0] ) === $shortcode_expect, funnel_tags( $shown[0] ) );
	check( "shortcode: $role's funnels stand alone, not in a <p>", 0 === preg_match( '/<p>\s*<sales-funnel|<\/sales-funnel>\s*<\/p>/', $shown[0] ), $shown[0] );
	check( "shortcode: $role's text around is typeset as usual", false !== strpos( $shown[0], '<p>Zo ziet onze &#8220;funnel&#8221; eruit &#8212; dit kwartaal.</p>' ), $shown[0] );
	check( "shortcode: $role's page loads the bundle once", 1 === substr_count( $shown[1], '<script' ) && false !== strpos( $shown[1], 'sales-funnel.classic.js' ), $shown[1] );
	if ( 'contributor' !== $role ) {
		write_page( "$role-shortcode", 'Shortcode', $shown );
	}
}
check( 'shortcode: [sales_funnel] alone gives the bare element (its own error panel says what is missing)', '<sales-funnel></sales-funnel>' === do_shortcode( '[sales_funnel]' ), do_shortcode( '[sales_funnel]' ) );
check( 'shortcode: readonly="false" and editable=0 are off, remember="" is on', '<sales-funnel steps="a: 1; b: 1" remember></sales-funnel>' === do_shortcode( '[sales_funnel steps="a: 1; b: 1" readonly="false" editable=0 remember=""]' ), do_shortcode( '[sales_funnel steps="a: 1; b: 1" readonly="false" editable=0 remember=""]' ) );

// Facts about WordPress for the element's side (the pages draw either way):
// on an archive page, a classic post shown after a block post gets its shortcode wrapped in <p>;
$hook    = clone $GLOBALS['wp_filter']['the_content'];
$archive = apply_filters( 'the_content', block( 'core/paragraph', array(), '<p>Blokbericht.</p>' ) ) . apply_filters( 'the_content', $shortcode_post );
$GLOBALS['wp_filter']['the_content'] = $hook; // The request is over.
check( 'shortcode: fact: shown after a block post in the same request, the funnel ends up in a <p>', 2 === preg_match_all( '/<p><sales-funnel [^>]*><\/sales-funnel><\/p>/', $archive ), $archive );
// and a bare > in a shortcode's attribute stops wptexturize from seeing the shortcode: it curls its quotes.
$shown = show( '[sales_funnel steps="Bezoekers > 1 min: 1000; Leads: 100"]' )[0];
check( 'shortcode: fact: a ">" in an attribute lets wptexturize curl the quotes, and the attributes break', '<sales-funnel steps="&#8221;Bezoekers"></sales-funnel>' === trim( $shown ), $shown );
$shown = show( '[sales_funnel steps="Bezoekers &gt; 1 min: 1000; Leads: 100"]' )[0];
check( 'shortcode: written as &gt; (as the Visual tab does), it holds', '<sales-funnel steps="Bezoekers &gt; 1 min: 1000; Leads: 100"></sales-funnel>' === trim( $shown ), $shown );

// ---------------------------------------------------------------- <sales-funnel> written in a post ----------------------------------------------------------------
// The Classic editor's Text tab, and a Custom HTML block: the README's own snippet, and one spread over lines.
$raw_classic = "Zo ziet onze funnel eruit.\n\n"
	. '<sales-funnel lang="nl" deal-value="2.500" period="quarter" steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20"></sales-funnel>'
	. "\n\nEn verspreid over regels:\n\n"
	. "<sales-funnel lang=\"en\" deal-value=\"2500\"\n  steps=\"Leads: 1000\nQualified: 400\nPurchase: 20\">\n</sales-funnel>\n\nDat was het.";
$raw_block = block( 'core/paragraph', array(), '<p>Zo ziet onze funnel eruit.</p>' ) . "\n\n"
	. block( 'core/html', array(), "\n" . '<sales-funnel lang="nl" deal-value="2.500" period="quarter" steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20"></sales-funnel>' . "\n" );
$raw_tags = array(
	'<sales-funnel lang="nl" deal-value="2.500" period="quarter" steps="Leads: 1.000; Gekwalificeerd: 400; Voorstel gedaan: 120; Voorstel besproken: 60; Aankoop: 20">',
	"<sales-funnel lang=\"en\" deal-value=\"2500\"\n  steps=\"Leads: 1000\nQualified: 400\nPurchase: 20\">",
);

// Premise: without the plugin's kses rule, WordPress strips the element from an author's post.
$kses_priority = has_filter( 'wp_kses_allowed_html', 'sales_funnel_kses' );
remove_filter( 'wp_kses_allowed_html', 'sales_funnel_kses', (int) $kses_priority );
$stripped = save_as( 'author', $raw_classic );
if ( false !== $kses_priority ) { // Back as the plugin had it, and only if it had it.
	add_filter( 'wp_kses_allowed_html', 'sales_funnel_kses', $kses_priority, 2 );
}
check( 'raw: premise: without the plugin, kses strips <sales-funnel> from an author\'s post', false === stripos( $stripped, '<sales-funnel' ), $stripped );

foreach ( array( 'author', 'contributor', 'administrator' ) as $role ) {
	$saved = save_as( $role, $raw_classic );
	// kses rewrites a tag's attributes with one space between them: the line break before steps= goes.
	$expect = 'administrator' === $role ? $raw_classic : str_replace( "deal-value=\"2500\"\n  steps=", 'deal-value="2500" steps=', $raw_classic );
	check( "raw: $role saves the element with its attributes", $saved === $expect, $saved );
	$shown = show( $saved );
	$expect = 'administrator' === $role ? $raw_tags : str_replace( "deal-value=\"2500\"\n  steps=", 'deal-value="2500" steps=', $raw_tags );
	check( "raw: $role's post shows both elements as written", funnel_tags( $shown[0] ) === $expect, funnel_tags( $shown[0] ) );
	check( "raw: $role's page loads the bundle (found in the content)", 1 === substr_count( $shown[1], '<script' ) && false !== strpos( $shown[1], 'sales-funnel.classic.js' ), $shown[1] );
	if ( 'contributor' !== $role ) {
		write_page( "$role-raw", 'HTML in de tekst', $shown );
	}
	$saved = save_as( $role, $raw_block );
	check( "raw: $role saves a Custom HTML block with the element", $saved === $raw_block, $saved );
	$shown = show( $saved );
	check( "raw: $role's Custom HTML block shows the element", funnel_tags( $shown[0] ) === array( $raw_tags[0] ), funnel_tags( $shown[0] ) );
	if ( 'contributor' !== $role ) {
		write_page( "$role-html-block", 'Blok Eigen HTML', $shown );
	}
}
// Two periods, pasted from a spreadsheet as a three-column table inside the element (issue 22), in a Custom HTML
// block (a Classic post's wpautop would close a <p> around the element before the table): kses keeps it.
$compare_block = block( 'core/paragraph', array(), '<p>Het kwartaal op een rij.</p>' ) . "\n\n"
	. block( 'core/html', array(), "\n<sales-funnel lang=\"nl\" deal-value=\"2.500\" period=\"quarter\">\n<table>\n"
	. "<thead><tr><th>Stap</th><th>Q1</th><th>Q2</th></tr></thead>\n<tbody>\n"
	. "<tr><td>Leads</td><td>950</td><td>1.000</td></tr>\n<tr><td>Gekwalificeerd</td><td>300</td><td>400</td></tr>\n"
	. "<tr><td>Voorstel gedaan</td><td>95</td><td>120</td></tr>\n<tr><td>Aankoop</td><td>14</td><td>20</td></tr>\n"
	. "</tbody>\n</table>\n</sales-funnel>\n" );
foreach ( array( 'author', 'administrator' ) as $role ) {
	$saved = save_as( $role, $compare_block );
	check( "compare: $role saves the element with its three-column table", $saved === $compare_block, $saved );
	write_page( "$role-compare", 'Q1 en Q2', show( $saved ) );
}

// What wpautop does to an element written in a post (facts for the element's side; the pages draw anyway).
$shown = show( $raw_classic )[0];
check( 'raw: fact: wpautop wraps a one-line element in <p>', false !== strpos( $shown, "<p><sales-funnel lang=\"nl\"" ) && false !== strpos( $shown, '></sales-funnel></p>' ), $shown );
check( 'raw: fact: wpautop turns a line break inside the element into a <br /> child', false !== strpos( $shown, "Purchase: 20\"><br />\n</sales-funnel></p>" ), $shown );

// ---------------------------------------------------------------- hostile values ----------------------------------------------------------------
$hostile_block = block(
	'sales-funnel/funnel',
	array(
		'steps'    => 'Leads: 1000; Aankoop: 20',
		'heading'  => '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
		'lang'     => 'javascript:window.__pwned=4',
		'onclick'  => 'window.__pwned=5',
		'style'    => 'display:none',
		'editable' => 'onclick',
	)
) . "\n\n" . block( 'sales-funnel/funnel', array( 'steps' => '" onmouseover="window.__pwned=6', 'dealValue' => '<script>window.__pwned=7</script>' ) )
	. "\n\n" . block( 'sales-funnel/funnel', array( 'steps' => 'Leads: 1000; Aankoop: 20', 'currency' => 'EUR" onmouseover="window.__pwned=3' ) ) . "\n\n";
$hostile_shortcodes = "[sales_funnel steps=\"Leads: 1000; Aankoop: 20\" onclick=\"window.__pwned=8\" style=\"display:none\" heading='\"><img src=x onerror=window.__pwned=9>' onmouseover=window.__pwned=10]\n\n"
	. "[sales_funnel steps='\" onmouseover=\"window.__pwned=11']\n\n"
	. "[sales_funnel steps=\"javascript:window.__pwned=12\" href=\"javascript:window.__pwned=13\"]";
$hostile_raw = '<sales-funnel steps="Leads: 1000; Aankoop: 20" onclick="window.__pwned=14" OnMouseOver=\'window.__pwned=15\' style="display:none" href="javascript:window.__pwned=16" xmlns="x"><script>window.__pwned=17</script><iframe src="javascript:parent.__pwned=18"></iframe></sales-funnel>'
	. "\n\n" . '<SALES-FUNNEL STEPS="Leads: 1000; Aankoop: 20" ONCLICK=window.__pwned=19 heading="a"onclick="window.__pwned=20"></SALES-FUNNEL>'
	. "\n\n" . '<sales-funnel steps="javascript:window.__pwned=21"/onclick="window.__pwned=22"></sales-funnel>';

foreach ( array( 'author', 'administrator' ) as $role ) {
	$saved = save_as( $role, $hostile_block . $hostile_shortcodes );
	$shown = show( $saved );
	check( "hostile: $role's block and shortcode funnels carry no handler, style, script or unknown attribute", array() === offences( $shown[0] ), offences( $shown[0] ) );
	// What is left is text in the element's own attributes. An author's HTML in a block attribute or a shortcode was
	// already cut by kses on saving; an administrator's `'">` in a shortcode lets wptexturize curl its quotes (its
	// split stops at a bare >), so that shortcode keeps only a broken steps: the element's error panel, no harm.
	$expect = 'author' === $role ? array(
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="Leads: 1000; Aankoop: 20" lang="javascript:window.__pwned=4" heading="&quot;&gt;&lt;img src=&quot;x&quot;&gt;window.__pwned=2">', // editable: "onclick" is no boolean: WordPress drops it.
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="&quot; onmouseover=&quot;window.__pwned=6" deal-value="window.__pwned=7">',
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="Leads: 1000; Aankoop: 20" currency="EUR&quot; onmouseover=&quot;window.__pwned=3">',
		'<sales-funnel steps="Leads: 1000; Aankoop: 20" heading="&quot;&gt;&lt;img decoding=&quot;async&quot; src=&quot;x&quot;&gt;">',
	) : array(
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="Leads: 1000; Aankoop: 20" lang="javascript:window.__pwned=4" heading="&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;">',
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="&quot; onmouseover=&quot;window.__pwned=6" deal-value="&lt;script&gt;window.__pwned=7&lt;/script&gt;">',
		'<sales-funnel class="wp-block-sales-funnel-funnel" steps="Leads: 1000; Aankoop: 20" currency="EUR&quot; onmouseover=&quot;window.__pwned=3">',
		'<sales-funnel steps="&#8221;Leads:" src="x">', // src is an attribute: a relative address, only ever read as data.
	);
	$expect[] = '<sales-funnel steps="&quot; onmouseover=&quot;window.__pwned=11">';
	$expect[] = '<sales-funnel steps="javascript:window.__pwned=12">';
	check( "hostile: $role's six funnels keep their valid attributes, the rest is text", funnel_tags( $shown[0] ) === $expect, funnel_tags( $shown[0] ) );
	write_page( "$role-hostile", 'Vijandig', $shown );
}
$saved = save_as( 'author', $hostile_raw );
$shown = show( $saved );
check( "hostile: an author's <sales-funnel> markup loses every handler, style, script, frame and unknown attribute", array() === offences( $shown[0] ), offences( $shown[0] ) );
check(
	"hostile: an author's three elements keep what kses could read of their valid attributes",
	funnel_tags( $shown[0] ) === array(
		'<sales-funnel steps="Leads: 1000; Aankoop: 20">',
		'<SALES-FUNNEL STEPS="Leads: 1000; Aankoop: 20">', // kses keeps the case; HTML does not care.
		'<sales-funnel>', // kses reads `"/onclick=` as one broken attribute and drops both.
	),
	funnel_tags( $shown[0] )
);
write_page( 'author-hostile-raw', 'Vijandige HTML', $shown );
$admin = save_as( 'administrator', $hostile_raw );
check( 'hostile: premise: an administrator (unfiltered_html) keeps even onclick in raw HTML: WordPress trusts that role, not the plugin', false !== strpos( $admin, 'onclick="window.__pwned=14"' ), $admin );

// ---------------------------------------------------------------- bad input ----------------------------------------------------------------
// Never a broken page: each funnel is the element with what it could take (its error panel says the rest), the text around stays.
$bad = block( 'sales-funnel/funnel' ) . "\n\n"
	. block( 'sales-funnel/funnel', array( 'steps' => 123, 'editable' => 'yes', 'lang' => array( 'nl' ), 'heading' => null ) ) . "\n\n"
	. "<!-- wp:sales-funnel/funnel {\"steps\":\"Leads: 1000; Aankoop: 20\", broken json} /-->\n\n"
	. "[sales_funnel]\n\n[sales_funnel steps=\"Leads: 10; Aankoop: 20\" deal-value=\"-5\"]\n\n"
	. "[sales_funnel steps=\"Leads: 1000; Aankoop: 20\"\n\nNa een shortcode zonder sluithaak.";
$shown = show( save_as( 'author', $bad ) );
check(
	'bad input: five elements, each with only what it could take',
	funnel_tags( $shown[0] ) === array(
		'<sales-funnel class="wp-block-sales-funnel-funnel">',
		'<sales-funnel class="wp-block-sales-funnel-funnel">',
		'<sales-funnel class="wp-block-sales-funnel-funnel">',
		'<sales-funnel>',
		'<sales-funnel steps="Leads: 10; Aankoop: 20" deal-value="-5">',
	),
	funnel_tags( $shown[0] )
);
check( 'bad input: an unclosed shortcode stays text, and the text after it is there', false !== strpos( $shown[0], 'Na een shortcode zonder sluithaak.' ) && false !== strpos( $shown[0], '[sales_funnel steps=' ), $shown[0] );
write_page( 'author-bad-input', 'Foute invoer', $shown );

// ---------------------------------------------------------------- enqueueing ----------------------------------------------------------------
$shown = show( "<p>Geen funnel hier.</p>\n\n[other_plugin steps=\"x\"]" );
check( 'enqueue: a page without a funnel loads no bundle', '' === $shown[1], $shown[1] );
add_filter( 'sales_funnel_load_everywhere', '__return_true' );
$GLOBALS['wp_scripts'] = null;
sales_funnel_register_scripts();
if ( has_action( 'wp_enqueue_scripts', 'sales_funnel_maybe_load_everywhere' ) ) {
	sales_funnel_maybe_load_everywhere();
}
check( "enqueue: 'sales_funnel_load_everywhere' loads it on every page", in_array( 'sales-funnel', wp_scripts()->queue, true ), wp_scripts()->queue );
remove_filter( 'sales_funnel_load_everywhere', '__return_true' );
$GLOBALS['wp_scripts'] = null;
sales_funnel_register_scripts();
do_shortcode( '[sales_funnel steps="a: 2; b: 1"]' );
check( 'enqueue: the shortcode run by a theme (do_shortcode outside the_content) loads it', in_array( 'sales-funnel', wp_scripts()->queue, true ), wp_scripts()->queue );
$GLOBALS['wp_scripts'] = null;
sales_funnel_register_scripts();
$widget = apply_filters( 'widget_text_content', '<sales-funnel steps="a: 2; b: 1"></sales-funnel>' );
check( 'enqueue: a Text widget with the element loads it', in_array( 'sales-funnel', wp_scripts()->queue, true ), wp_scripts()->queue );
check( 'enqueue: the bundle is in the plugin, not on a CDN', '/integrations/wordpress/sales-funnel/assets/sales-funnel.classic.js' === wp_scripts()->registered['sales-funnel']->src && is_file( WP_PLUGIN_DIR . '/sales-funnel/assets/sales-funnel.classic.js' ), wp_scripts()->registered['sales-funnel']->src );

// ---------------------------------------------------------------- the block's registration ----------------------------------------------------------------
$type = WP_Block_Type_Registry::get_instance()->get_registered( 'sales-funnel/funnel' );
check( 'block: registered from block.json, drawn on the server', $type && $type->is_dynamic() && 2 === $type->api_version );
check( 'block: the editor script and the page script are the plugin\'s', $type && array( 'sales-funnel-editor' ) === $type->editor_script_handles && array( 'sales-funnel' ) === $type->view_script_handles );
$block_attribute_names = $type ? array_keys( $type->attributes ) : array();
$unknown               = array_filter(
	$block_attribute_names,
	function ( $key ) {
		return ! in_array( $key, array( 'lock' ), true ) && ! isset( sales_funnel_attributes()[ strtolower( preg_replace( '/[A-Z]/', '-$0', $key ) ) ] );
	}
);
check( 'block: each attribute in block.json is an element attribute in camelCase', array() === array_values( $unknown ), $unknown );

// ---------------------------------------------------------------- the editor's words ----------------------------------------------------------------
foreach ( array( 'nl_NL' => 'Stappen', 'nl_BE' => 'Stappen', 'en_US' => 'Steps', 'de_DE' => 'Steps', '' => 'Steps' ) as $user_locale => $word ) {
	sf_be( 'author', $user_locale );
	$GLOBALS['wp_scripts'] = null;
	sales_funnel_register_scripts();
	do_action( 'enqueue_block_editor_assets' );
	$inline = implode( '', (array) wp_scripts()->get_data( 'sales-funnel-editor', 'before' ) );
	check( "editor: a user with locale '$user_locale' gets \"$word\"", false !== strpos( $inline, "\"steps\":\"$word\"" ), $inline );
}
$nl = sales_funnel_editor_strings( 'nl_NL' );
$en = sales_funnel_editor_strings( 'en_US' );
check( 'editor: Dutch and English have the same words', array_keys( $nl ) === array_keys( $en ) && ! in_array( '', $nl, true ) && ! in_array( '', $en, true ) );
$editor_js = file_get_contents( WP_PLUGIN_DIR . '/sales-funnel/editor.js' );
preg_match_all( "/\\bt\\( '([\\w-]+)' \\)|\\[ '', ([^\\]]+) \\]/", $editor_js, $used );
$keys = $used[1];
foreach ( $used[2] as $list ) {
	$keys = array_merge( $keys, array_map( function ( $quoted ) { return trim( $quoted, " '" ); }, explode( ',', $list ) ) );
}
$missing = array_diff( array_filter( $keys ), array_keys( $en ) );
check( 'editor: every word editor.js asks for is in the table', array() === array_values( $missing ) && count( $keys ) > 15, $missing );

// ---------------------------------------------------------------- the block editor ----------------------------------------------------------------
// A page with WordPress's own block editor packages, as its block editor loads them for the plugin's editor
// script (the script queue resolves the dependencies), for a Dutch user: pages.test.ts edits a funnel in it.
require_once ABSPATH . 'wp-admin/includes/post.php';
sf_be( 'author', 'nl_NL' );
$GLOBALS['wp_scripts'] = new WP_Scripts();
wp_default_scripts( wp_scripts() );
wp_default_packages( wp_scripts() );
sales_funnel_register_scripts();
wp_scripts()->base_url    = '/test/integrations/out'; // WordPress's files: run.mjs copies those named here.
wp_scripts()->content_url = WP_PLUGIN_URL; // The plugin's: where the test server has them.
// What wp-admin/edit-form-blocks.php adds: the blocks registered on the server.
wp_add_inline_script( 'wp-blocks', 'wp.blocks.unstable__bootstrapServerSideBlockDefinitions(' . wp_json_encode( get_block_editor_server_block_settings() ) . ');' );
do_action( 'enqueue_block_editor_assets' );
$type = WP_Block_Type_Registry::get_instance()->get_registered( 'sales-funnel/funnel' );
foreach ( $type->editor_script_handles as $handle ) {
	wp_enqueue_script( $handle ); // As WordPress does for each registered block type in the block editor.
}
ob_start();
wp_scripts()->do_items();
$editor_scripts = ob_get_clean();
check( 'block editor: the editor script comes after its wp-* packages and the bundle', 1 === preg_match( "/wp-blocks-js'.*wp-block-editor-js'.*sales-funnel-js'.*window\.salesFunnelEditor = \{.*sales-funnel-editor-js'/s", $editor_scripts ), $editor_scripts );
// Blocks as the PHP side of these tests writes them, for the editor to parse and to write again.
$editor_blocks = array(
	array( 'steps' => $steps_nl, 'dealValue' => '2.500', 'period' => 'quarter', 'lang' => 'nl', 'heading' => 'Onze "funnel" & <jij>' ),
	array( 'steps' => 'Leads: 500; SQL: 25%; Purchase: 10', 'lang' => 'en', 'editable' => true ),
);
file_put_contents(
	"$sf_out/block-editor.html",
	"<!doctype html>\n<html lang=\"nl-NL\">\n<head>\n<meta charset=\"utf-8\">\n<title>Blokeditor</title>\n"
	// What the page logs as an error, for pages.test.ts to read.
	. "<script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message))); "
	. "console.error = ((error) => (...args) => { pageErrors.push(args.map(String).join(' ')); error(...args); })(console.error);</script>\n</head>\n<body>\n<div id=\"editor\"></div>\n$editor_scripts\n<script>\n"
	. 'window.blocksFromPhp = ' . wp_json_encode( array_map( function ( $attributes ) { return array( $attributes, block( 'sales-funnel/funnel', $attributes ) ); }, $editor_blocks ) ) . ";\n"
	. file_get_contents( __DIR__ . '/block-editor.js' ) . "</script>\n</body>\n</html>\n"
);

// ---------------------------------------------------------------- TinyMCE ----------------------------------------------------------------
require_once ABSPATH . WPINC . '/class-wp-editor.php';
sf_be( 'administrator' );
ob_start();
_WP_Editors::editor( '', 'content', array( 'media_buttons' => false ) );
ob_end_clean();
$settings = ( new ReflectionClass( '_WP_Editors' ) )->getProperty( 'mce_settings' );
$settings->setAccessible( true );
$init = $settings->getValue()['content'] ?? array();
check( 'tinymce: the Classic editor\'s settings declare sales-funnel and its attributes', 1 === preg_match( '/(^|,)sales-funnel\[steps\|deal-value\|[a-z|-]*\]/', $init['extended_valid_elements'] ?? '' ) && 'sales-funnel' === ( $init['custom_elements'] ?? '' ), $init );
$GLOBALS['wp_scripts'] = null;
sales_funnel_register_scripts();
_WP_Editors::enqueue_scripts(); // What the Classic editor's page runs: fires 'wp_enqueue_editor'.
check( "tinymce: the Classic editor's page loads classic-editor.js after WordPress's editor.js", in_array( 'sales-funnel-classic-editor', wp_scripts()->queue, true ) && array( 'editor', 'jquery' ) === wp_scripts()->registered['sales-funnel-classic-editor']->deps, wp_scripts()->queue );
$merged = sales_funnel_tinymce( array( 'extended_valid_elements' => 'span[id]', 'custom_elements' => '~my-thing' ) );
check( 'tinymce: what other plugins declared stays', 0 === strpos( $merged['extended_valid_elements'], 'span[id],sales-funnel[' ) && '~my-thing,sales-funnel' === $merged['custom_elements'], $merged );
// For the Visual tab's round trip in Chromium: these settings as WordPress prints them, and, as the premise,
// an editor's settings without the plugin.
$mce_priority = has_filter( 'tiny_mce_before_init', 'sales_funnel_tinymce' );
remove_filter( 'tiny_mce_before_init', 'sales_funnel_tinymce', (int) $mce_priority );
ob_start();
_WP_Editors::editor( '', 'without-plugin', array( 'media_buttons' => false ) );
ob_end_clean();
if ( false !== $mce_priority ) {
	add_filter( 'tiny_mce_before_init', 'sales_funnel_tinymce', $mce_priority );
}
$print = ( new ReflectionClass( '_WP_Editors' ) )->getMethod( '_parse_init' );
$print->setAccessible( true );
$without = $settings->getValue()['without-plugin'] ?? array();
check( 'tinymce: premise: without the plugin, the settings do not name sales-funnel', array() !== $without && false === strpos( wp_json_encode( $without ), 'sales-funnel' ), $without );
file_put_contents(
	dirname( $sf_out ) . '/tinymce/settings.js',
	'window.wpTinyMCESettings = { withPlugin: ' . $print->invoke( null, $init ) . ', withoutPlugin: ' . $print->invoke( null, $without ) . " };\n"
);

// ---------------------------------------------------------------- the package ----------------------------------------------------------------
$header = get_file_data( WP_PLUGIN_DIR . '/sales-funnel/sales-funnel.php', array( 'Version' => 'Version', 'Requires' => 'Requires at least' ) );
$readme = file_get_contents( WP_PLUGIN_DIR . '/sales-funnel/readme.txt' );
$json   = json_decode( file_get_contents( WP_PLUGIN_DIR . '/sales-funnel/block.json' ), true );
$npm    = json_decode( file_get_contents( dirname( __DIR__, 3 ) . '/package.json' ), true );
check(
	'package: one version in the plugin header, the constant, readme.txt, block.json and package.json',
	$header['Version'] === $npm['version'] && SALES_FUNNEL_VERSION === $npm['version'] && $json['version'] === $npm['version']
		&& false !== strpos( $readme, "Stable tag: {$npm['version']}" ),
	array( $header['Version'], SALES_FUNNEL_VERSION, $json['version'], $npm['version'] )
);
$sections = array( '=== Sales Funnel ===', 'Contributors:', 'Tags:', 'Requires at least: 6.1', 'Tested up to:', 'Stable tag:', 'License:', '== Description ==', '== Installation ==', '== Frequently Asked Questions ==', '== Changelog ==' );
$positions = array_map(
	function ( $section ) use ( $readme ) {
		return strpos( $readme, $section );
	},
	$sections
);
$ordered   = $positions;
sort( $ordered );
check( 'package: readme.txt has the plugin directory\'s headers and sections, in order', ! in_array( false, $positions, true ) && $ordered === $positions, array_combine( $sections, $positions ) );

// The zip as WordPress's "Upload Plugin" opens it without the zip extension: with its own PclZip.
require_once ABSPATH . 'wp-admin/includes/class-pclzip.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$zip_file = dirname( __DIR__, 3 ) . '/dist/sales-funnel-wordpress.zip';
$unpacked = dirname( $sf_out ) . '/zip';
if ( is_dir( $unpacked ) ) { // Unpacks into an empty folder, as on a site without the plugin.
	foreach ( new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $unpacked, FilesystemIterator::SKIP_DOTS ), RecursiveIteratorIterator::CHILD_FIRST ) as $item ) {
		$item->isDir() ? rmdir( $item ) : unlink( $item );
	}
}
$listed   = is_file( $zip_file ) ? ( new PclZip( $zip_file ) )->extract( PCLZIP_OPT_PATH, $unpacked ) : 0;
$names    = is_array( $listed ) ? array_column( $listed, 'stored_filename' ) : array();
sort( $names );
check(
	'zip: dist/sales-funnel-wordpress.zip (node integrations/build.mjs) unpacks with WordPress\'s PclZip into sales-funnel/',
	array_merge(
		array( 'sales-funnel/', 'sales-funnel/LICENSE', 'sales-funnel/assets/' ),
		// The classic script, and the module with its chunks beside it, which it loads.
		array_map( fn( $f ) => "sales-funnel/assets/$f", array_values( array_filter( scandir( dirname( __DIR__, 3 ) . '/dist' ), fn( $f ) => preg_match( '/^sales-funnel[\w.-]*\.js$/', $f ) ) ) ),
		array( 'sales-funnel/block.json', 'sales-funnel/classic-editor.js', 'sales-funnel/editor.js', 'sales-funnel/readme.txt', 'sales-funnel/sales-funnel.php' )
	) === $names
		&& array_column( $listed, 'status' ) === array_fill( 0, count( $listed ), 'ok' ),
	is_array( $listed ) ? $names : $listed
);
$data = is_file( "$unpacked/sales-funnel/sales-funnel.php" ) ? get_plugin_data( "$unpacked/sales-funnel/sales-funnel.php", false, false ) : array();
check( 'zip: WordPress reads the plugin\'s header from it', 'Sales Funnel' === ( $data['Name'] ?? '' ) && $npm['version'] === $data['Version'] && '6.1' === $data['RequiresWP'], $data );
check(
	'zip: it holds the files as they are, and the bundle as built',
	is_file( "$unpacked/sales-funnel/sales-funnel.php" ) && file_get_contents( "$unpacked/sales-funnel/sales-funnel.php" ) === file_get_contents( WP_PLUGIN_DIR . '/sales-funnel/sales-funnel.php' )
		&& file_get_contents( "$unpacked/sales-funnel/assets/sales-funnel.classic.js" ) === file_get_contents( dirname( __DIR__, 3 ) . '/dist/sales-funnel.classic.js' )
);
