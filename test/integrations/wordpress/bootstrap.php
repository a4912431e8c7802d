<?php
/**
 * Loads the real WordPress (the Debian `wordpress` package, or WP_ROOT) without a database, then the plugin.
 *
 * The files are the ones wp-settings.php loads, read from wp-settings.php itself, in its order, so this follows
 * the installed version. What needs a database is replaced by the least that answers: a $wpdb whose only
 * answer is the autoloaded options below, and a current user made in memory with a role's capabilities.
 * Everything the tests run — kses, the block parser, shortcodes, wpautop, wptexturize, the script queue,
 * TinyMCE's init filter — is WordPress's own code.
 */

error_reporting( E_ALL );
/**
 * A notice, warning or deprecation with the plugin on the call stack is a failed check; WordPress's own (6.1
 * on PHP 8.2 has a few) go to stderr once each.
 */
set_error_handler(
	function ( $level, $message, $file, $line ) {
		static $seen = array();
		$files = array_merge( array( $file ), array_column( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ), 'file' ) );
		foreach ( $files as $in ) {
			if ( false !== strpos( (string) $in, '/integrations/wordpress/sales-funnel/' ) ) {
				echo "not ok - PHP error ($level) with the plugin on the stack: $message at $file:$line\n";
				return true;
			}
		}
		if ( ! isset( $seen[ "$file:$line" ] ) ) {
			$seen[ "$file:$line" ] = true;
			fwrite( STDERR, 'WordPress itself: ' . strip_tags( $message ) . " at $file:$line\n" );
		}
		return true;
	}
);

$wp_root = rtrim( getenv( 'WP_ROOT' ) ?: '/usr/share/wordpress', '/' ) . '/';
if ( ! is_file( $wp_root . 'wp-settings.php' ) ) {
	fwrite( STDERR, "No WordPress at $wp_root (apt-get install wordpress, or set WP_ROOT)\n" );
	exit( 2 );
}

define( 'ABSPATH', $wp_root );
define( 'WPINC', 'wp-includes' );
define( 'WP_DEBUG', true );
define( 'WP_CONTENT_DIR', sys_get_temp_dir() . '/sales-funnel-wp-content' ); // No drop-ins, no object cache.
define( 'WP_CONTENT_URL', 'https://blog.example/wp-content' );
// The plugin is loaded from the repository; its URLs point where the test server serves it.
define( 'WP_PLUGIN_DIR', dirname( __DIR__, 3 ) . '/integrations/wordpress' );
define( 'WP_PLUGIN_URL', '/integrations/wordpress' );
$_SERVER['HTTP_HOST']   = 'blog.example';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_SOFTWARE'] = 'Apache';
// A visitor's and an editor's browser: Chromium (vars.php reads it; the Visual editor needs a known browser).
$_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';

/** Options a fresh install has that the tested code reads; the rest read as absent. */
$GLOBALS['sf_options'] = array(
	'siteurl'            => 'https://blog.example',
	'home'               => 'https://blog.example',
	'blog_charset'       => 'UTF-8',
	'use_smilies'        => '1',
	'use_balanceTags'    => '0',
	'WPLANG'             => '',
	'html_type'          => 'text/html',
	'https_detection_errors' => array(),
);

// class-wpdb.php's result formats, used as defaults all over.
foreach ( array( 'OBJECT', 'OBJECT_K', 'ARRAY_A', 'ARRAY_N' ) as $sf_format ) {
	define( $sf_format, $sf_format );
}

/** The database: it knows the options above and nothing else. */
class SF_No_Database {
	public $prefix = 'wp_';
	public $base_prefix = 'wp_';
	public $blogid = 1;
	public $siteid = 1;
	public $insert_id = 0;
	public $num_rows = 0;
	public $last_error = '';
	public function __get( $name ) {
		return 'wp_' . $name; // Table names: $wpdb->options, $wpdb->posts…
	}
	public function get_results( $query = null, $output = null ) {
		if ( is_string( $query ) && false !== strpos( $query, 'option_name, option_value' ) ) {
			$rows = array();
			foreach ( $GLOBALS['sf_options'] as $name => $value ) {
				$rows[] = (object) array( 'option_name' => $name, 'option_value' => maybe_serialize( $value ) );
			}
			return $rows;
		}
		return array();
	}
	public function suppress_errors( $suppress = true ) {
		return false;
	}
	public function prepare( $query, ...$args ) {
		return $query;
	}
	public function get_blog_prefix( $blog_id = null ) {
		return 'wp_';
	}
	public function esc_like( $text ) {
		return addcslashes( $text, '_%\\' );
	}
	public function __call( $name, $args ) {
		return null; // get_row, get_var, get_col, query, insert…: nothing there.
	}
}

// wp-settings.php's own list of files, minus multisite's, in its order.
$sf_settings = file_get_contents( ABSPATH . 'wp-settings.php' );
preg_match_all( "#require(?:_once)? ABSPATH \. WPINC \. '/([^']+)'#", $sf_settings, $sf_files );
$sf_loaded = array();
foreach ( $sf_files[1] as $sf_file ) {
	if ( 0 === strpos( $sf_file, 'ms-' ) || isset( $sf_loaded[ $sf_file ] ) ) {
		continue;
	}
	$sf_loaded[ $sf_file ] = true;
	require_once ABSPATH . WPINC . '/' . $sf_file;
	if ( 'plugin.php' === $sf_file ) {
		wp_initial_constants();
	} elseif ( 'pomo/mo.php' === $sf_file ) {
		// Where wp-settings.php connects to the database and starts the cache.
		$GLOBALS['wpdb']       = new SF_No_Database();
		$GLOBALS['table_prefix'] = 'wp_';
		require_once ABSPATH . WPINC . '/cache.php';
		wp_cache_init();
	}
}
define( 'MULTISITE', false );
wp_set_lang_dir();
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
$GLOBALS['wp_embed']               = new WP_Embed();
wp_plugin_directory_constants();
wp_cookie_constants();
$GLOBALS['wp_plugin_paths'] = array();
$GLOBALS['wp_locale']       = new WP_Locale();

// 'init' would register post types, cron, REST, sitemaps… against the database: only the plugin's runs.
remove_all_actions( 'init' );
remove_all_actions( 'wp_default_scripts' ); // The core scripts are not needed; the plugin's are.
remove_all_actions( 'wp_default_styles' );

// The default roles, made by the installer's own populate_roles(): what an author may do is WordPress's answer.
require_once ABSPATH . 'wp-admin/includes/schema.php';
populate_roles();

/**
 * Logs in a user of a default role: the user and its meta go into the object cache, where WordPress looks
 * before the database, then wp_set_current_user() fires 'set_current_user', on which WordPress's kses_init()
 * puts kses on saving unless the role has unfiltered_html. The Visual editor is on, as for a new user.
 *
 * @param string $role   administrator, editor, author or contributor.
 * @param string $locale The user's own language (Profile → Language), '' for the site's.
 */
function sf_be( $role, $locale = '' ) {
	static $next_id = 1;
	$id = $next_id++;
	wp_cache_set(
		$id,
		(object) array(
			'ID'              => $id,
			'user_login'      => "$role$id",
			'user_nicename'   => "$role$id",
			'user_email'      => "$role$id@blog.example",
			'display_name'    => ucfirst( $role ),
			'user_registered' => '2024-01-01 00:00:00',
			'user_status'     => '0',
		),
		'users'
	);
	wp_cache_set(
		$id,
		array(
			'wp_capabilities' => array( serialize( array( $role => true ) ) ),
			'rich_editing'    => array( 'true' ),
			'locale'          => array( $locale ),
		),
		'user_meta'
	);
	wp_set_current_user( $id );
}

require_once WP_PLUGIN_DIR . '/sales-funnel/sales-funnel.php';
do_action( 'plugins_loaded' );
do_action( 'init' );
