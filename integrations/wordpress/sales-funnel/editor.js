/**
 * The block's editor: a small form in the sidebar (and in the block itself until it has steps), and under it
 * the live funnel, drawn by the same bundle the page loads. Plain JavaScript on the wp.* globals, so there is
 * no build step. The words come from sales_funnel_editor_strings() in PHP, in the editing user's language.
 * The page itself is drawn on the server (sales_funnel_render_block), so save() stores no HTML.
 */
( function ( wp, words ) {
	'use strict';
	var el = wp.element.createElement;
	var blockEditor = wp.blockEditor;
	var components = wp.components;

	function t( key ) {
		return ( words && words[ key ] ) || key;
	}

	/** Block attributes (the element's names in camelCase) as the element's attributes, the way PHP writes them. */
	function elementAttributes( attributes ) {
		var out = {};
		Object.keys( attributes ).forEach( function ( key ) {
			var value = attributes[ key ];
			var name = key.replace( /[A-Z]/g, function ( c ) {
				return '-' + c.toLowerCase();
			} );
			// React writes `false` as the text "false", which HTML reads as on: a boolean is '' (on) or absent.
			if ( value === true ) out[ name ] = '';
			else if ( typeof value === 'string' && value.trim() ) out[ name ] = value.trim();
		} );
		return out;
	}

	/** The form: one field per block attribute in block.json. Adding an attribute there and a field here is all it takes. */
	function fields( attributes, setAttributes ) {
		function set( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				setAttributes( change );
			};
		}
		function options( values, emptyLabel ) {
			return values.map( function ( value ) {
				return { value: value, label: t( value || emptyLabel ) };
			} );
		}
		return [
			el( components.TextareaControl, {
				key: 'steps',
				label: t( 'steps' ),
				help: t( 'stepsHelp' ),
				value: attributes.steps,
				onChange: set( 'steps' ),
				rows: 6,
			} ),
			el( components.TextareaControl, {
				key: 'previous',
				label: t( 'previous' ),
				help: t( 'previousHelp' ),
				value: attributes.previous,
				onChange: set( 'previous' ),
				rows: 3,
			} ),
			el( components.TextControl, {
				key: 'dealValue',
				label: t( 'dealValue' ),
				help: t( 'dealValueHelp' ),
				value: attributes.dealValue,
				onChange: set( 'dealValue' ),
				inputMode: 'decimal',
			} ),
			el( components.TextControl, {
				key: 'currency',
				label: t( 'currency' ),
				value: attributes.currency,
				onChange: function ( value ) {
					set( 'currency' )( value.toUpperCase() );
				},
				placeholder: 'EUR',
				maxLength: 3,
			} ),
			el( components.SelectControl, {
				key: 'period',
				label: t( 'period' ),
				value: attributes.period,
				onChange: set( 'period' ),
				options: options( [ '', 'month', 'quarter', 'half-year', 'year' ], 'periodNone' ),
			} ),
			el( components.SelectControl, {
				key: 'lang',
				label: t( 'language' ),
				value: attributes.lang,
				onChange: set( 'lang' ),
				options: options( [ '', 'nl', 'en' ], 'languagePage' ),
			} ),
			el( components.TextControl, {
				key: 'heading',
				label: t( 'heading' ),
				value: attributes.heading,
				onChange: set( 'heading' ),
			} ),
			el( components.TextControl, {
				key: 'src',
				label: t( 'src' ),
				help: t( 'srcHelp' ),
				value: attributes.src,
				onChange: set( 'src' ),
				type: 'url',
			} ),
			// The element's `editable`: the reader types in their own funnel.
			el( components.ToggleControl, {
				key: 'editable',
				label: t( 'editable' ),
				checked: !! attributes.editable,
				onChange: set( 'editable' ),
			} ),
		];
	}

	wp.blocks.registerBlockType( 'sales-funnel/funnel', {
		title: t( 'title' ),
		description: t( 'description' ),
		edit: function ( props ) {
			var attributes = props.attributes;
			var form = fields( attributes, props.setAttributes );
			var body = attributes.steps.trim()
				? el( 'sales-funnel', elementAttributes( attributes ) )
				: el( components.Placeholder, { icon: 'filter', label: t( 'title' ), instructions: t( 'placeholder' ) }, form[ 0 ] );
			return el(
				'div',
				blockEditor.useBlockProps(),
				el( blockEditor.InspectorControls, null, el( components.PanelBody, { title: t( 'settings' ) }, form ) ),
				body
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.salesFunnelEditor );
