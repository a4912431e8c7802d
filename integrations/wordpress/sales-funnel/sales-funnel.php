<?php
/**
 * Plugin Name:       Sales Funnel
 * Plugin URI:        https://www.npmjs.com/package/sales-funnel
 * Description:       Your sales funnel in a post, with a what-if slider on every step: a block, a [sales_funnel] shortcode, and the &lt;sales-funnel&gt; element allowed for authors. Dutch and English.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sales-funnel
 *
 * One file on purpose: everything the block, the shortcode, kses and TinyMCE need comes from one list of
 * attributes, sales_funnel_attributes(), so they cannot disagree about what an author may write.
 *
 * @package SalesFunnel
 */

defined( 'ABSPATH' ) || exit;

const SALES_FUNNEL_VERSION = '0.1.0';

/**
 * The element's attributes (the element's README, "Attributes") and their kind: 'text', or 'bool' (on when
 * present). Plus `id` (the element keys a shared or remembered funnel by it) and `class` (for the theme).
 * Nothing else passes: no `style`, no `on…` handler, no unknown attribute, whichever way it was written.
 *
 * @return array<string,string> Attribute name => kind.
 */
function sales_funnel_attributes() {
	return array(
		'steps'           => 'text',
		'deal-value'      => 'text',
		'currency'        => 'text',
		'lang'            => 'text',
		'locale'          => 'text',
		'period'          => 'text',
		'mode'            => 'text',
		'improvements'    => 'text',
		'min-improvement' => 'text',
		'max-improvement' => 'text',
		'target'          => 'text',
		'heading'         => 'text',
		'heading-level'   => 'text',
		'theme'           => 'text',
		'readonly'        => 'bool',
		'editable'        => 'bool',
		'remember'        => 'bool',
		'no-export'       => 'bool',
		'previous'        => 'text',
		'previous-name'   => 'text',
		'current-name'    => 'text',
		'test'            => 'text',
		'test-split'      => 'text',
		'src'             => 'text',
		'id'              => 'text',
		'class'           => 'text',
	);
}

/**
 * Whether a boolean attribute's value means on. HTML says present = on; a shortcode or block may also write
 * `readonly="false"` or `false`, which a person means as off.
 *
 * @param mixed $value The value given.
 * @return bool
 */
function sales_funnel_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( 'false', '0', 'no', 'off' ), true );
}

/**
 * The `<sales-funnel>` tag for a set of attributes: known names only, every value escaped with esc_attr().
 * Empty values are left out, so the element uses its default rather than an empty setting.
 *
 * @param array  $atts  Attribute name (the element's, hyphenated) => value. Unknown names are dropped.
 * @param string $extra Already-escaped attributes to add (the block's wrapper class from WordPress).
 * @return string
 */
function sales_funnel_markup( $atts, $extra = '' ) {
	$html = '<sales-funnel';
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	foreach ( sales_funnel_attributes() as $name => $kind ) {
		if ( ! isset( $atts[ $name ] ) ) {
			continue;
		}
		$value = $atts[ $name ];
		if ( 'bool' === $kind ) {
			if ( sales_funnel_is_on( $value ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( ! is_scalar( $value ) || is_bool( $value ) ) {
			continue;
		}
		$value = trim( (string) $value );
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '></sales-funnel>';
}

/**
 * Registers the bundle (shipped in assets/, no CDN) and the editor script.
 *
 * The bundle is the classic script (WordPress 6.1 has no script modules), printed in the footer and only
 * enqueued where a funnel is shown: by the block (block.json's viewScript), by the shortcode, and by
 * sales_funnel_enqueue_if_present() for `<sales-funnel>` written in a post. A theme or page builder that
 * prints funnels elsewhere can return true from the `sales_funnel_load_everywhere` filter.
 */
function sales_funnel_register_scripts() {
	wp_register_script(
		'sales-funnel',
		plugins_url( 'assets/sales-funnel.classic.js', __FILE__ ),
		array(),
		SALES_FUNNEL_VERSION,
		true
	);
	wp_register_script(
		'sales-funnel-editor',
		plugins_url( 'editor.js', __FILE__ ),
		// The bundle too: the editor shows the live funnel under the form.
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'sales-funnel' ),
		SALES_FUNNEL_VERSION,
		true
	);
}
add_action( 'init', 'sales_funnel_register_scripts' );

/** Registers the block (block.json names the scripts above) and the shortcode. */
function sales_funnel_register() {
	register_block_type( __DIR__, array( 'render_callback' => 'sales_funnel_render_block' ) );
	add_shortcode( 'sales_funnel', 'sales_funnel_shortcode' );
}
add_action( 'init', 'sales_funnel_register' );

/**
 * The block, drawn on the server: its attributes are the element's in camelCase (dealValue → deal-value).
 * Only those in block.json reach here; sales_funnel_markup() drops anything else and escapes the rest.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function sales_funnel_render_block( $attributes ) {
	$atts = array();
	foreach ( (array) $attributes as $key => $value ) {
		$atts[ strtolower( preg_replace( '/[A-Z]/', '-$0', (string) $key ) ) ] = $value;
	}
	// The wrapper's class (wp-block-sales-funnel-funnel, the "Additional CSS class"), escaped by WordPress.
	$extra = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	return sales_funnel_markup( $atts, $extra );
}

/**
 * [sales_funnel steps="Leads: 1.000; Aankoop: 20" deal-value="2.500" period="quarter" readonly]
 *
 * WordPress lowercases the names and keeps hyphens; a bare word (`readonly`) arrives as a value with a
 * numeric key, so it is read as that boolean attribute. Enclosed content is ignored.
 *
 * @param array|string $atts Parsed by shortcode_parse_atts(); '' when there are none.
 * @return string
 */
function sales_funnel_shortcode( $atts ) {
	$kinds = sales_funnel_attributes();
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$word = strtolower( (string) $value );
			if ( isset( $kinds[ $word ] ) && 'bool' === $kinds[ $word ] ) {
				$given[ $word ] = true;
			}
			continue;
		}
		$given[ $key ] = $value;
	}
	wp_enqueue_script( 'sales-funnel' );
	return sales_funnel_markup( $given );
}

/**
 * Enqueues the bundle when a post, widget or block shows `<sales-funnel>` (written as HTML by someone allowed
 * to): the block and the shortcode enqueue it themselves, raw markup has only this. Runs late, after blocks
 * and shortcodes, and changes nothing.
 *
 * @param string $content The content about to be shown.
 * @return string The same content.
 */
function sales_funnel_enqueue_if_present( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<sales-funnel' ) ) {
		wp_enqueue_script( 'sales-funnel' );
	}
	return $content;
}
add_filter( 'the_content', 'sales_funnel_enqueue_if_present', 99 );
add_filter( 'widget_text_content', 'sales_funnel_enqueue_if_present', 99 );
add_filter( 'widget_block_content', 'sales_funnel_enqueue_if_present', 99 );

/** For themes that print funnels outside posts and widgets: add_filter( 'sales_funnel_load_everywhere', '__return_true' ). */
function sales_funnel_maybe_load_everywhere() {
	if ( apply_filters( 'sales_funnel_load_everywhere', false ) ) {
		wp_enqueue_script( 'sales-funnel' );
	}
}
add_action( 'wp_enqueue_scripts', 'sales_funnel_maybe_load_everywhere' );

/**
 * Lets authors and contributors (no unfiltered_html) keep `<sales-funnel>` in a post, with its attributes
 * only: kses still removes `on…` handlers, `style`, `<script>` and every attribute not in the list.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context The kses context; only 'post' (post content) is widened.
 * @return array
 */
function sales_funnel_kses( $tags, $context ) {
	if ( 'post' === $context && is_array( $tags ) ) {
		$tags['sales-funnel'] = array_fill_keys( array_keys( sales_funnel_attributes() ), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'sales_funnel_kses', 10, 2 );

/**
 * The Classic editor's Visual tab (TinyMCE) deletes elements it does not know, even for administrators.
 * Declares `<sales-funnel>` as a block-level custom element with its attributes, added to what is there.
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function sales_funnel_tinymce( $init ) {
	$element = 'sales-funnel[' . implode( '|', array_keys( sales_funnel_attributes() ) ) . ']';
	foreach ( array( 'extended_valid_elements' => $element, 'custom_elements' => 'sales-funnel' ) as $key => $add ) {
		$init[ $key ] = empty( $init[ $key ] ) ? $add : $init[ $key ] . ',' . $add;
	}
	return $init;
}
add_filter( 'tiny_mce_before_init', 'sales_funnel_tinymce' );

/**
 * With the Visual tab, classic-editor.js: it keeps the element through wp.editor.autop, which would otherwise
 * put it in a paragraph that TinyMCE empties (declaring the element to TinyMCE alone is not enough).
 *
 * @param array $to_load Whether TinyMCE and Quicktags are loaded.
 */
function sales_funnel_classic_editor( $to_load ) {
	if ( ! empty( $to_load['tinymce'] ) ) {
		wp_enqueue_script( 'sales-funnel-classic-editor', plugins_url( 'classic-editor.js', __FILE__ ), array( 'editor', 'jquery' ), SALES_FUNNEL_VERSION, true );
	}
}
add_action( 'wp_enqueue_editor', 'sales_funnel_classic_editor' );

/**
 * The editor's words, Dutch for a Dutch user (nl_NL, nl_BE…), English otherwise. A table here rather than
 * .po/.mo files: two languages, no build step, and right on 6.1 without translate.wordpress.org.
 *
 * @param string $locale A WordPress locale, e.g. get_user_locale().
 * @return array<string,string>
 */
function sales_funnel_editor_strings( $locale ) {
	$en = array(
		'title'        => 'Sales funnel',
		'description'  => 'Your sales funnel with a what-if slider on every step.',
		'settings'     => 'Funnel',
		'steps'        => 'Steps',
		'stepsHelp'    => 'One step per line, label: number. A rate with %. Example: Leads: 1,000',
		'dealValue'    => 'Deal value',
		'dealValueHelp' => 'Average revenue per purchase. Empty: customers only.',
		'currency'     => 'Currency',
		'period'       => 'Period of the figures',
		'periodNone'   => 'Not said',
		'month'        => 'Month',
		'quarter'      => 'Quarter',
		'half-year'    => 'Half year',
		'year'         => 'Year',
		'language'     => 'Language',
		'languagePage' => 'The page\'s',
		'nl'           => 'Dutch',
		'en'           => 'English',
		'heading'      => 'Heading',
		'previous'     => 'The period before',
		'previousHelp' => 'Optional: each step\'s figure in the period before, in the same order (900; 380; 230; …). The funnel then says what changed, and whether it is more than chance.',
		'src'          => 'Link to your spreadsheet',
		'srcHelp'      => 'Optional: a Google Sheet published to the web as CSV (File → Share → Publish to the web), or any CSV. Its steps replace the ones above whenever the page opens.',
		'editable'     => 'Readers can enter their own numbers',
		'placeholder'  => 'Type your steps, one per line.',
	);
	$nl = array(
		'title'        => 'Salesfunnel',
		'description'  => 'Je salesfunnel met een wat-als-schuif bij elke stap.',
		'settings'     => 'Funnel',
		'steps'        => 'Stappen',
		'stepsHelp'    => 'Eén stap per regel, naam: aantal. Een percentage met %. Voorbeeld: Leads: 1.000',
		'dealValue'    => 'Orderwaarde',
		'dealValueHelp' => 'Gemiddelde omzet per aankoop. Leeg: alleen klanten.',
		'currency'     => 'Valuta',
		'period'       => 'Periode van de cijfers',
		'periodNone'   => 'Niet vermeld',
		'month'        => 'Maand',
		'quarter'      => 'Kwartaal',
		'half-year'    => 'Halfjaar',
		'year'         => 'Jaar',
		'language'     => 'Taal',
		'languagePage' => 'Die van de pagina',
		'nl'           => 'Nederlands',
		'en'           => 'Engels',
		'heading'      => 'Kop',
		'previous'     => 'Vorige periode',
		'previousHelp' => 'Optioneel: het cijfer van elke stap in de vorige periode, in dezelfde volgorde (900; 380; 230; …). De trechter zegt dan wat er veranderde, en of dat meer is dan toeval.',
		'src'          => 'Link naar je spreadsheet',
		'srcHelp'      => 'Optioneel: een Google Sheet, gepubliceerd op internet als CSV (Bestand → Delen → Publiceren op internet), of een andere CSV. Zijn stappen komen in plaats van die hierboven, elke keer dat de pagina opent.',
		'editable'     => 'Lezers kunnen hun eigen cijfers invullen',
		'placeholder'  => 'Typ je stappen, één per regel.',
	);
	return 0 === strpos( (string) $locale, 'nl' ) ? $nl : $en;
}

/** Hands the editor script its words, in the language of the user who edits (not the site's). */
function sales_funnel_editor_assets() {
	wp_add_inline_script(
		'sales-funnel-editor',
		'window.salesFunnelEditor = ' . wp_json_encode( sales_funnel_editor_strings( get_user_locale() ) ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'sales_funnel_editor_assets' );
